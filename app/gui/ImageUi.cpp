#include "gui/ImageUi.h"

#include "ImageBoxView.h"
#include "gui/ImportRunner.h"
#include "gui/Labelling.h"
#include "gui/NewImportDialog.h"
#include "gui/Repositories.h"
#include "gui/Session.h"
#include "models/SampleTableModel.h"
#include "store/Project.h"
#include "store/SampleTableQuery.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QImageReader>
#include <QLabel>
#include <QMenu>
#include <QUndoStack>
#include <algorithm>
#include <cmath>

namespace tally {

namespace {

std::optional<ImportRunner::Format> runnerFormat(ImageFormat f)
{
    switch (f) {
    case ImageFormat::Images:
        return ImportRunner::Format::Images;
    case ImageFormat::Coco:
        return ImportRunner::Format::Coco;
    case ImageFormat::Voc:
        return ImportRunner::Format::Voc;
    case ImageFormat::Yolo:
        return ImportRunner::Format::Yolo;
    }
    return std::nullopt;
}

} // namespace

ImageUi::ImageUi(Session& session, Labelling& labelling, ImportRunner& imports, QWidget* host)
    : QObject(host), m_session(session), m_labelling(labelling), m_imports(imports), m_host(host)
{
    m_view = new ImageBoxView;
    m_view->setObjectName(QStringLiteral("imageView"));
    m_cursorLabel = new QLabel;
    createMenu();
    connect(m_view, &ImageBoxView::boxDrawn, this, &ImageUi::onBoxDrawn);
    connect(m_view, &ImageBoxView::boxEdited, this, &ImageUi::onBoxEdited);
    connect(m_view, &ImageBoxView::deleteRequested, &m_labelling, &Labelling::deleteBox);
    connect(m_view, &ImageBoxView::cursorMoved, this, [this](const QPointF& p) {
        m_cursorLabel->setText(p.x() >= 0 && p.y() >= 0 && m_shownSample > 0
                                   ? tr("x %1 · y %2").arg(int(p.x())).arg(int(p.y()))
                                   : QString());
    });
    connect(&m_session, &Session::currentSampleChanged, this, &ImageUi::onSampleChanged);
    connect(&m_session, &Session::projectChanged, this, [this] {
        m_shownSample = 0;
        m_lastBoxClass = 0;
        m_view->setImage({});
        updateEnabled();
    });
    connect(&m_session, &Session::sampleChanged, this, [this](qint64 sampleId) {
        if (sampleId == m_shownSample)
            refreshBoxes();
        updateVwwOf(sampleId);
    });
    for (auto changed : {&Session::classesChanged, &Session::annotatorChanged})
        connect(&m_session, changed, this, &ImageUi::refreshBoxes);
    connect(&m_session, &Session::blindLabellingChanged, this, &ImageUi::refreshBoxes);
    connect(&m_session, &Session::samplesChanged, this, &ImageUi::refreshVww);
    connect(&m_session, &Session::derivedChanged, this, &ImageUi::refreshVww);
    updateEnabled();
}

void ImageUi::createMenu()
{
    m_menu = new QMenu(tr("&Image"), m_host);
    QMenu* menu = m_menu;
    m_projectActions << menu->addAction(tr("&Import Images…"), this, &ImageUi::showImportDialog);
    menu->addSeparator();
    m_boxTool = menu->addAction(tr("&Box Tool"));
    m_boxTool->setToolTip(tr("Drag on the image to draw a box (B)"));
    m_boxTool->setCheckable(true);
    m_boxTool->setObjectName(QStringLiteral("image.boxTool"));
    m_boxTool->setShortcut(QKeySequence(Qt::Key_B));
    m_boxTool->setShortcutContext(Qt::WindowShortcut);
    m_host->addAction(m_boxTool);
    connect(m_boxTool, &QAction::toggled, this, [this](bool on) {
        m_view->setMode(on ? ImageBoxView::ViewMode::Draw : ImageBoxView::ViewMode::Select);
    });
    m_adopt = menu->addAction(tr("&Copy Shown Boxes to Mine"), this, &ImageUi::adoptOthersBoxes);
    m_adopt->setObjectName(QStringLiteral("image.copyBoxes"));
    m_adopt->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    m_adopt->setToolTip(tr("Start from imported or a colleague's boxes: copies them as your own, "
                           "so that you can move, resize and name them"));
    QAction* zoomIn = menu->addAction(tr("Zoom &In"), this, [this] { m_view->zoomBy(1.25); });
    zoomIn->setObjectName(QStringLiteral("image.zoomIn"));
    zoomIn->setShortcuts({QKeySequence(tr("Ctrl+=")), QKeySequence::ZoomIn});
    QAction* zoomOut = menu->addAction(tr("Zoom &Out"), this, [this] { m_view->zoomBy(0.8); });
    zoomOut->setObjectName(QStringLiteral("image.zoomOut"));
    zoomOut->setShortcuts(QKeySequence::ZoomOut); // Ctrl+-: set twice, it would be ambiguous
    // Fit is the window's View ▸ Zoom to Fit (Ctrl+0), placed here by the main window.
    menu->addSeparator();
    m_projectActions << menu->addAction(tr("&Visual Wake Words Rule…"), this,
                                        &ImageUi::showVwwDialog);
}

void ImageUi::updateEnabled()
{
    for (QAction* a : std::as_const(m_projectActions))
        a->setEnabled(m_session.project() != nullptr);
    m_adopt->setEnabled(m_shownSample > 0);
}

bool ImageUi::blind() const
{
    return m_session.isBlindLabelling();
}

void ImageUi::onSampleChanged(qint64 sampleId)
{
    // The table's snapshot has the record; no need to read it again.
    Project* project = m_session.project();
    const SampleRecord r = m_session.sampleModel()->recordOf(sampleId);
    if (!project || r.id <= 0 || r.kind != SampleKind::Image) {
        if (m_shownSample > 0) {
            m_shownSample = 0;
            m_view->setImage({});
            updateEnabled();
        }
        m_cursorLabel->clear();
        return;
    }
    const QString path = project->toAbsolutePath(r.path);
    QImageReader reader(path);
    const QImage image = reader.read();
    m_shownSample = sampleId;
    updateEnabled();
    m_view->setImage(image);
    if (image.isNull())
        m_session.showStatus(tr("Cannot show %1: %2").arg(path, reader.errorString()));
    refreshBoxes();
    // No focus taken: the table keeps its arrow keys and the review queue its keys; a
    // click on the image gives the view the keyboard (Tab, arrows, Space to pan).
}

void ImageUi::refreshBoxes()
{
    Repositories* ann = m_session.repos();
    if (m_shownSample <= 0 || !ann) {
        m_view->setBoxes({});
        return;
    }
    const qint64 me = m_session.annotator().id;
    QHash<qint64, ClassRecord> classes;
    for (const ClassRecord& c : ann->classes.classes())
        classes.insert(c.id, c);
    const QList<BoxRecord> boxes =
        blind() ? ann->boxes.boxesOf(m_shownSample, me) : ann->boxes.boxesOf(m_shownSample);
    QList<BoxItem> items;
    items.reserve(boxes.size());
    for (const BoxRecord& b : boxes) {
        BoxItem item;
        item.id = b.id;
        item.rect = QRectF(b.x, b.y, b.w, b.h);
        item.colour = b.classId ? Labelling::colourOf(classes.value(b.classId)) : QColor(Qt::gray);
        item.label = b.className;
        if (b.annotatorId != me)
            item.label = tr("%1 (%2)").arg(b.className.isEmpty() ? tr("no class") : b.className,
                                           b.annotatorName);
        item.editable = b.annotatorId == me;
        items << item;
    }
    if (m_predicted)
        items << m_predicted(m_shownSample);
    m_view->setBoxes(items);
}

std::optional<BoxItem> ImageUi::selectedPredictedBox() const
{
    const qint64 id = m_view->selectedBox();
    if (m_shownSample <= 0 || id < kPredictedBoxIdBase)
        return std::nullopt;
    for (const BoxItem& b : m_view->boxes())
        if (b.id == id && b.predicted)
            return b;
    return std::nullopt;
}

bool ImageUi::adoptBox(const QRectF& rect, qint64 classId)
{
    if (m_shownSample <= 0 || !m_session.repos())
        return false;
    BoxRecord b;
    b.sampleId = m_shownSample;
    b.annotatorId = m_session.annotator().id;
    b.classId = classId;
    b.x = rect.x();
    b.y = rect.y();
    b.w = rect.width();
    b.h = rect.height();
    return m_labelling.addBox(b);
}

std::optional<BoxRecord> ImageUi::mySelectedBox() const
{
    if (m_shownSample <= 0 || m_view->selectedBox() <= 0)
        return std::nullopt;
    Repositories* ann = m_session.repos();
    auto box = ann ? ann->boxes.box(m_view->selectedBox()) : Result<BoxRecord>(Error{});
    if (!box.isOk() || box.value().annotatorId != m_session.annotator().id)
        return std::nullopt;
    return box.value();
}

bool ImageUi::applyClassToSelectedBox(qint64 classId)
{
    std::optional<BoxRecord> edited = mySelectedBox();
    if (!edited)
        return false;
    edited->classId = classId;
    if (classId > 0)
        m_lastBoxClass = classId;
    m_labelling.editBox(*edited);
    return true;
}

int ImageUi::adoptOthersBoxes()
{
    Repositories* ann = m_session.repos();
    if (m_shownSample <= 0 || !ann || blind())
        return 0;
    const qint64 me = m_session.annotator().id;
    const QList<BoxRecord> mine = ann->boxes.boxesOf(m_shownSample, me);
    QList<BoxRecord> copies;
    for (const BoxRecord& b : ann->boxes.boxesOf(m_shownSample)) {
        if (b.annotatorId == me)
            continue;
        // Not twice: a box I already have in the same place and class is left.
        const bool have = std::any_of(mine.begin(), mine.end(), [&](const BoxRecord& m) {
            return m.classId == b.classId && std::abs(m.x - b.x) < 0.5 &&
                   std::abs(m.y - b.y) < 0.5 && std::abs(m.w - b.w) < 0.5 &&
                   std::abs(m.h - b.h) < 0.5;
        });
        if (!have && !std::any_of(copies.begin(), copies.end(), [&](const BoxRecord& c) {
                return c.classId == b.classId && c.x == b.x && c.y == b.y && c.w == b.w &&
                       c.h == b.h;
            }))
            copies << b;
    }
    if (copies.isEmpty()) {
        m_session.showStatus(tr("No boxes of others to copy on this image."));
        return 0;
    }
    QUndoStack* stack = m_session.undoStack();
    stack->beginMacro(tr("Copy %n box(es) to mine", nullptr, int(copies.size())));
    int done = 0;
    for (BoxRecord b : std::as_const(copies)) {
        b.id = 0;
        done += m_labelling.addBox(b) ? 1 : 0;
    }
    stack->endMacro();
    m_session.showStatus(tr("Copied %n box(es); they are yours to edit now.", nullptr, done));
    return done;
}

bool ImageUi::deleteSelectedBox()
{
    const std::optional<BoxRecord> box = mySelectedBox();
    if (!box)
        return false;
    m_labelling.deleteBox(box->id);
    return true;
}

void ImageUi::onBoxDrawn(const QRectF& rect)
{
    if (m_shownSample <= 0)
        return;
    Repositories* ann = m_session.repos();
    if (m_lastBoxClass > 0 && ann && !ann->classes.classById(m_lastBoxClass).isOk())
        m_lastBoxClass = 0;
    BoxRecord b;
    b.sampleId = m_shownSample;
    b.classId = m_lastBoxClass;
    b.x = rect.x();
    b.y = rect.y();
    b.w = rect.width();
    b.h = rect.height();
    if (!m_labelling.addBox(b))
        return;
    // The new box is selected, so that a class hotkey names it next.
    qint64 newest = -1;
    for (const BoxRecord& x : ann->boxes.boxesOf(m_shownSample, m_session.annotator().id))
        newest = std::max(newest, x.id);
    m_view->setSelectedBox(newest);
}

void ImageUi::onBoxEdited(qint64 id, const QRectF& rect)
{
    Repositories* ann = m_session.repos();
    auto box = ann ? ann->boxes.box(id) : Result<BoxRecord>(Error{});
    if (!box.isOk())
        return;
    BoxRecord edited = box.value();
    edited.x = rect.x();
    edited.y = rect.y();
    edited.w = rect.width();
    edited.h = rect.height();
    m_labelling.editBox(edited);
}

void ImageUi::refreshVww()
{
    Project* project = m_session.project();
    SampleTableModel* model = m_session.sampleModel();
    if (!project)
        return;
    if (!model->hasImages()) { // an audio project: nothing to read (a table scan at 1M)
        model->setVww({});
        return;
    }
    const VwwRule rule = loadVwwRule(*project);
    const QHash<qint64, QList<BoxRecord>> bySample = m_session.repos()->boxes.boxesBySample();
    QHash<qint64, bool> person; // images only: an audio project reads no sample row
    const QHash<qint64, QPair<int, int>> sizes = SampleTableQuery(*project).imageSizes();
    for (auto it = sizes.cbegin(); it != sizes.cend(); ++it)
        person.insert(it.key(), isPerson(chosenBoxes(bySample.value(it.key())), it.value().first,
                                         it.value().second, rule));
    model->setVww(person);
}

void ImageUi::updateVwwOf(qint64 sampleId)
{
    Project* project = m_session.project();
    SampleTableModel* model = m_session.sampleModel();
    const SampleRecord r = model->recordOf(sampleId);
    if (!project || r.id <= 0 || r.kind != SampleKind::Image)
        return;
    model->setVwwOf(sampleId, isPerson(chosenBoxes(m_session.repos()->boxes.boxesOf(sampleId)),
                                       r.width, r.height, loadVwwRule(*project)));
}

bool ImageUi::importImages(ImageFormat format, const QString& path, const QString& licence,
                           const QString& source, bool allowOutside)
{
    Project* project = m_session.project();
    const auto runner = runnerFormat(format);
    if (!project || !runner)
        return false;
    const bool started =
        m_imports.start(project->path(), path, licence, source, *runner, allowOutside);
    if (!started)
        m_session.showStatus(tr("Another import is running."));
    return started;
}

Status ImageUi::setVwwRule(const VwwRule& rule)
{
    Project* project = m_session.project();
    if (!project)
        return Error{{}, tr("no project is open")};
    if (Status s = saveVwwRule(*project, rule); !s)
        return s;
    refreshVww();
    return {};
}

void ImageUi::showImportDialog()
{
    NewImportDialog dialog(m_host, NewImportDialog::Kind::Images);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto format = parseImageFormat(dialog.imageFormat()))
        importImages(*format, dialog.folder(), dialog.licence(), dialog.source(),
                     dialog.allowOutside());
}

void ImageUi::showVwwDialog()
{
    Project* project = m_session.project();
    if (!project)
        return;
    const VwwRule rule = loadVwwRule(*project);
    QDialog d(m_host);
    d.setWindowTitle(tr("Visual Wake Words Rule"));
    auto* cls = new QComboBox(&d);
    cls->setEditable(true);
    cls->addItems(project->classNames());
    cls->setCurrentText(rule.personClass);
    auto* area = new QDoubleSpinBox(&d);
    area->setRange(0.0, 100.0);
    area->setDecimals(3);
    area->setSingleStep(0.1);
    area->setSuffix(tr(" %"));
    area->setValue(rule.minAreaFraction * 100.0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    auto* form = new QFormLayout(&d);
    form->addRow(new QLabel(
        tr("An image is “person” when it has a box of this class covering at least this share "
           "of the image; otherwise “not person”."),
        &d));
    form->addRow(tr("Person class"), cls);
    form->addRow(tr("Minimum box area"), area);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    if (d.exec() != QDialog::Accepted)
        return;
    VwwRule changed;
    changed.personClass = cls->currentText().trimmed();
    changed.minAreaFraction = area->value() / 100.0;
    if (Status s = setVwwRule(changed); !s)
        m_session.showStatus(s.error().toString());
}

} // namespace tally
