#include "gui/ExportDialog.h"

#include "formats/SeriesExporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>

namespace tally {

namespace {

QListWidget* checkList(const QMap<QString, qint64>& counts, const QString& emptyName,
                       QWidget* parent)
{
    auto* list = new QListWidget(parent);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 (%2)")
                                             .arg(it.key().isEmpty() ? emptyName : it.key())
                                             .arg(it.value()),
                                         list);
        item->setData(Qt::UserRole, it.key());
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Checked);
    }
    list->setMaximumHeight(130);
    return list;
}

void checkAll(QListWidget* list, const std::function<bool(const QString&)>& keep)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        item->setCheckState(keep(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                      : Qt::Unchecked);
    }
}

// The statuses, only the safe ones ticked (defaultExportStatuses).
QListWidget* safeStatusList(const QMap<QString, qint64>& statusCounts, QWidget* parent)
{
    QListWidget* list = checkList(statusCounts, ExportDialog::tr("(none)"), parent);
    list->setObjectName(QStringLiteral("exportStatuses"));
    list->setToolTip(
        ExportDialog::tr("Only agreed, resolved and labelled samples are ticked: disputed, "
                         "rejected and unlabelled ones would go out under their imported class."));
    const QStringList safe = defaultExportStatuses();
    checkAll(list, [&safe](const QString& status) { return safe.contains(status); });
    return list;
}

} // namespace

bool ExportDialog::allowsCommercialUse(const QString& spdx)
{
    return !spdx.contains(QLatin1String("-NC"), Qt::CaseInsensitive);
}

ExportDialog::ExportDialog(const QMap<QString, qint64>& licenceCounts,
                           const QMap<QString, qint64>& statusCounts, const QString& folder,
                           QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export"));
    m_format = new QComboBox(this);
    addFormats();
    m_folder = new QLineEdit(folder, this);
    auto* browseButton = new QPushButton(tr("Browse…"), this);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browseButton);
    m_rate = new QSpinBox(this);
    m_rate->setRange(1000, 384000);
    m_rate->setValue(16000);
    m_rate->setSuffix(tr(" Hz"));
    m_length = new QDoubleSpinBox(this);
    m_length->setRange(0.05, 3600);
    m_length->setValue(1.0);
    m_length->setSuffix(tr(" s"));
    m_background = new QCheckBox(tr("Include _background_noise_"), this);
    m_oversample = new QSpinBox(this);
    m_oversample->setRange(0, 1000000);
    m_oversample->setSpecialValueText(tr("off"));
    m_oversample->setSuffix(tr(" per class"));
    m_oversample->setToolTip(
        tr("Augmented copies (time shift, gain, background noise) bring every class's "
           "training samples up to this count"));
    m_background->setChecked(true);
    m_licences = checkList(licenceCounts, tr("(unknown)"), this);
    auto* allLicences = new QPushButton(tr("All"), this);
    auto* commercial = new QPushButton(tr("Commercial use only"), this);
    commercial->setToolTip(
        tr("Untick every non-commercial (-NC) licence and samples of unknown licence"));
    auto* licenceButtons = new QHBoxLayout;
    licenceButtons->addWidget(allLicences);
    licenceButtons->addWidget(commercial);
    licenceButtons->addStretch(1);
    m_statuses = safeStatusList(statusCounts, this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Folder"), folderRow);
    form->addRow(tr("Rate"), m_rate);
    form->addRow(tr("Length"), m_length);
    form->addRow(tr("Oversample training to"), m_oversample);
    form->addRow(QString(), m_background);
    addSeriesRows(form);
    form->addRow(tr("Licences"), m_licences);
    form->addRow(QString(), licenceButtons);
    form->addRow(tr("Statuses"), m_statuses);
    form->addRow(buttons);

    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(allLicences, &QPushButton::clicked, this,
            [this] { checkAll(m_licences, [](const QString&) { return true; }); });
    connect(commercial, &QPushButton::clicked, this, [this] {
        checkAll(m_licences,
                 [](const QString& l) { return !l.isEmpty() && allowsCommercialUse(l); });
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportDialog::updateEnabled);
    connect(m_licences, &QListWidget::itemChanged, this, &ExportDialog::updateEnabled);
    connect(m_statuses, &QListWidget::itemChanged, this, &ExportDialog::updateEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    updateEnabled();
}

// Every export format, by its tally-cli name.
void ExportDialog::addFormats()
{
    m_format->addItem(tr("Speech Commands folders (WAV)"), QStringLiteral("speech-commands"));
    m_format->addItem(tr("CSV manifest"), QStringLiteral("csv"));
    m_format->addItem(tr("Edge Impulse info.labels"), QStringLiteral("edge-impulse"));
    m_format->addItem(tr("Images: COCO JSON"), QStringLiteral("coco"));
    m_format->addItem(tr("Images: Pascal VOC"), QStringLiteral("voc"));
    m_format->addItem(tr("Images: YOLO"), QStringLiteral("yolo"));
    m_format->addItem(tr("Images: Edge Impulse bounding boxes"),
                      QStringLiteral("edge-impulse-boxes"));
    m_format->addItem(tr("Images: Visual Wake Words (person / not person)"), QStringLiteral("vww"));
    m_format->addItem(tr("Images: a folder per class"), QStringLiteral("image-classes"));
    m_format->addItem(tr("Sensor series: NumPy windows"), QStringLiteral("series-npy"));
    m_format->addItem(tr("Sensor series: Edge Impulse CSV windows"),
                      QStringLiteral("edge-impulse-csv"));
}

void ExportDialog::addSeriesRows(QFormLayout* form)
{
    m_window = new QSpinBox(this);
    m_window->setRange(1, 10'000'000);
    m_window->setValue(2048);
    m_window->setSuffix(tr(" frames"));
    m_stride = new QSpinBox(this);
    m_stride->setRange(1, 10'000'000);
    m_stride->setValue(1024);
    m_stride->setSuffix(tr(" frames"));
    m_channels = new QLineEdit(this);
    m_channels->setPlaceholderText(tr("all (or e.g. 1,3)"));
    m_normalOnly = new QLineEdit(this);
    m_normalOnly->setPlaceholderText(tr("off (or the normal class)"));
    m_normalOnly->setToolTip(tr("For anomaly detection: training and validation hold only "
                                "this class, testing holds every class"));
    form->addRow(tr("Window"), m_window);
    form->addRow(tr("Stride"), m_stride);
    form->addRow(tr("Channels"), m_channels);
    form->addRow(tr("Normal only"), m_normalOnly);
}

void ExportDialog::browse()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Export into"), m_folder->text());
    if (!dir.isEmpty())
        m_folder->setText(dir);
}

void ExportDialog::updateEnabled()
{
    const bool audio = m_format->currentData().toString() == QLatin1String("speech-commands");
    m_rate->setEnabled(audio);
    m_length->setEnabled(audio);
    m_oversample->setEnabled(audio);
    m_background->setEnabled(audio);
    const bool series = SeriesExporter::formatNamed(m_format->currentData().toString()).has_value();
    for (QWidget* w : std::initializer_list<QWidget*>{m_window, m_stride, m_channels, m_normalOnly})
        w->setEnabled(series);
    bool all = true;
    const bool someLicence = m_licences->count() == 0 || !checked(m_licences, &all).isEmpty();
    const bool someStatus = m_statuses->count() == 0 || !checked(m_statuses, &all).isEmpty();
    m_okButton->setEnabled(!m_folder->text().trimmed().isEmpty() && someLicence && someStatus);
}

QStringList ExportDialog::checked(const QListWidget* list, bool* all)
{
    QStringList out;
    *all = true;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->data(Qt::UserRole).toString();
        else
            *all = false;
    }
    return out;
}

ExportRequest ExportDialog::request() const
{
    ExportRequest r;
    r.format = m_format->currentData().toString();
    r.folder = m_folder->text().trimmed();
    r.rateHz = m_rate->value();
    r.lengthSec = m_length->value();
    r.includeBackground = m_background->isChecked();
    r.oversampleTo = m_oversample->value();
    r.windowFrames = m_window->value();
    r.strideFrames = m_stride->value();
    r.channels = m_channels->text().trimmed();
    r.normalOnly = m_normalOnly->text().trimmed();
    bool all = true;
    const QStringList licences = checked(m_licences, &all);
    if (!all) // "" in the list lets samples of unknown licence through (ExportSet.h)
        r.allowedLicences = licences;
    const QStringList statuses = checked(m_statuses, &all);
    if (!all)
        r.statuses = statuses;
    return r;
}

} // namespace tally
