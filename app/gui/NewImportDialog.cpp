#include "gui/NewImportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace tally {

NewImportDialog::NewImportDialog(QWidget* parent, Kind kind) : QDialog(parent), m_kind(kind)
{
    const bool images = kind == Kind::Images;
    const bool commonVoice = kind == Kind::CommonVoice;
    const bool series = kind == Kind::Series;
    setWindowTitle(images        ? tr("Import Images")
                   : commonVoice ? tr("Import Common Voice folder")
                   : series      ? tr("Import Sensor Series")
                                 : tr("Import Speech Commands folder"));
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("folder"));
    m_folder->setPlaceholderText(images   ? tr("Folder (or COCO JSON file)")
                                 : series ? tr("Folder of runs: IMS snapshots or sensor CSV files")
                                 : commonVoice
                                     ? tr("Release folder with validated.tsv and clips/")
                                     : tr("Folder with <class>/<speaker>_nohash_<n>.wav"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    m_licence = new QComboBox(this);
    m_licence->setEditable(true);
    m_licence->addItems({QString(), QStringLiteral("CC-BY-4.0"), QStringLiteral("CC0-1.0"),
                         QStringLiteral("CC-BY-SA-4.0"), QStringLiteral("CC-BY-NC-4.0"),
                         QStringLiteral("LicenseRef-Proprietary")});
    m_licence->setToolTip(tr("SPDX licence identifier recorded for every imported sample"));
    m_source = new QLineEdit(this);
    m_source->setPlaceholderText(images ? tr("Where the images come from")
                                        : tr("Where the recordings come from"));
    if (commonVoice) {
        m_licence->setCurrentText(QStringLiteral("CC0-1.0"));
        m_source->setText(QStringLiteral("Mozilla Common Voice"));
    }
    addLayoutChoices();
    m_allowOutside = new QCheckBox(tr("Allow media files outside this folder"), this);
    m_allowOutside->setObjectName(QStringLiteral("allowOutside"));
    m_allowOutside->setToolTip(
        tr("Files that annotations name by an absolute path or with “..”, and symbolic links "
           "that lead outside the folder, are refused unless this is ticked; when ticked they "
           "are imported and listed as warnings."));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));

    auto* row = new QHBoxLayout;
    row->addWidget(m_folder, 1);
    row->addWidget(browse);
    auto* form = new QFormLayout(this);
    if (m_format)
        form->addRow(tr("Layout"), m_format);
    if (m_rate)
        form->addRow(tr("Rate"), m_rate);
    form->addRow(tr("Folder"), row);
    form->addRow(tr("Licence (SPDX)"), m_licence);
    form->addRow(tr("Source"), m_source);
    form->addRow(m_allowOutside);
    form->addRow(m_buttons);

    connect(browse, &QPushButton::clicked, this, &NewImportDialog::browse);
    if (m_format)
        connect(m_format, &QComboBox::currentIndexChanged, this, &NewImportDialog::validate);
    connect(m_folder, &QLineEdit::textChanged, this, &NewImportDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(560, sizeHint().height());
}

// The layout choice of the images and series kinds (and the IMS rate).
void NewImportDialog::addLayoutChoices()
{
    const bool images = m_kind == Kind::Images;
    const bool series = m_kind == Kind::Series;
    if (images) {
        m_format = new QComboBox(this);
        m_format->addItem(tr("Folder of images (class = sub-folder)"), QStringLiteral("images"));
        m_format->addItem(tr("COCO detection JSON"), QStringLiteral("coco"));
        m_format->addItem(tr("Pascal VOC XML"), QStringLiteral("voc"));
        m_format->addItem(tr("YOLO txt + data.yaml / classes.txt"), QStringLiteral("yolo"));
    }
    if (series) {
        m_format = new QComboBox(this);
        m_format->addItem(tr("NASA IMS snapshots (YYYY.MM.DD.HH.MM.SS files)"),
                          QStringLiteral("ims"));
        m_format->addItem(tr("Sensor CSV (timestamp column, one column a channel)"),
                          QStringLiteral("sensor-csv"));
        m_rate = new QDoubleSpinBox(this);
        m_rate->setRange(1, 10'000'000);
        m_rate->setDecimals(0);
        m_rate->setValue(20000);
        m_rate->setSuffix(tr(" Hz"));
        m_rate->setToolTip(tr("The IMS snapshots' sampling rate (a sensor CSV file's comes from "
                              "its time column)"));
        m_source->setPlaceholderText(tr("Where the measurements come from"));
        connect(m_format, &QComboBox::currentIndexChanged, this,
                [this] { m_rate->setEnabled(seriesFormat() == QLatin1String("ims")); });
    }
}

void NewImportDialog::browse()
{
    QString path;
    if (imageFormat() == QLatin1String("coco"))
        path = QFileDialog::getOpenFileName(this, tr("COCO annotations"), m_folder->text(),
                                            tr("JSON (*.json)"));
    else
        path = QFileDialog::getExistingDirectory(
            this,
            m_kind == Kind::Images        ? tr("Image folder")
            : m_kind == Kind::CommonVoice ? tr("Common Voice release folder")
            : m_kind == Kind::Series      ? tr("Folder of sensor runs")
                                          : tr("Speech Commands folder"),
            m_folder->text());
    if (!path.isEmpty())
        m_folder->setText(path);
}

void NewImportDialog::validate()
{
    const QFileInfo info(m_folder->text());
    const bool cocoFile = imageFormat() == QLatin1String("coco") && info.isFile();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(info.isDir() || cocoFile);
}

QString NewImportDialog::folder() const
{
    return m_folder->text();
}
QString NewImportDialog::licence() const
{
    return m_licence->currentText().trimmed();
}
QString NewImportDialog::source() const
{
    return m_source->text().trimmed();
}
bool NewImportDialog::allowOutside() const
{
    return m_allowOutside->isChecked();
}
QString NewImportDialog::imageFormat() const
{
    return m_format && m_kind == Kind::Images ? m_format->currentData().toString() : QString();
}
QString NewImportDialog::seriesFormat() const
{
    return m_format && m_kind == Kind::Series ? m_format->currentData().toString() : QString();
}
double NewImportDialog::seriesRateHz() const
{
    return m_rate && seriesFormat() == QLatin1String("ims") ? m_rate->value() : 0.0;
}

} // namespace tally
