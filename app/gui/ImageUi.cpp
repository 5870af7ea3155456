#include "gui/ImageUi.h"

#include "ImageBoxView.h"
#include "gui/ImportRunner.h"
#include "gui/Labelling.h"
#include "gui/MainWindow.h"
#include "gui/NewImportDialog.h"
#include "models/SampleTableModel.h"
#include "store/Boxes.h"
#include "store/Classes.h"
#include "store/Project.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QImageReader>
#include <QLabel>
#include <QMenu>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
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

ImageUi::ImageUi(MainWindow* window) : QObject(window), m_window(window)
{
    m_view = new ImageBoxView;
    m_view->setObjectName(QStringLiteral("imageView"));
    window->centralStack()->addWidget(m_view);
    m_cursorLabel = new QLabel(window);
    window->statusBar()->addPermanentWidget(m_cursorLabel);

    QMenu* menu = window->addTopMenu(tr("&Image"));
    m_projectActions << menu->addAction(tr("&Import Images…"), this, &ImageUi::showImportDialog);
    menu->addSeparator();
    m_boxTool = menu->addAction(tr("&Box Tool"));
    m_boxTool->setToolTip(tr("Drag on the image to draw a box (B)"));
    m_boxTool->setCheckable(true);
    m_boxTool->setShortcut(QKeySequence(Qt::Key_B));
    m_boxTool->setShortcutContext(Qt::WindowShortcut);
    window->addAction(m_boxTool);
    if (auto* tools = window->findChild<QToolBar*>(QStringLiteral("mainToolBar")))
        tools->addAction(m_boxTool);
    connect(m_boxTool, &QAction::toggled, this, [this](bool on) {
        m_view->setMode(on ? ImageBoxView::ViewMode::Draw : ImageBoxView::ViewMode::Select);
    });
    m_adopt = menu->addAction(tr("&Copy Shown Boxes to Mine"), this, &ImageUi::adoptOthersBoxes);
    m_adopt->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    m_adopt->setToolTip(tr("Start from imported or a colleague's boxes: copies them as your own, "
                           "so that you can move, resize and name them"));
    QAction* zoomIn = menu->addAction(tr("Zoom &In"), this, [this] { m_view->zoomBy(1.25); });
    zoomIn->setShortcuts({QKeySequence(tr("Ctrl+=")), QKeySequence::ZoomIn});
    QAction* zoomOut = menu->addAction(tr("Zoom &Out"), this, [this] { m_view->zoomBy(0.8); });
    zoomOut->setShortcuts({QKeySequence(tr("Ctrl+-")), QKeySequence::ZoomOut});
    QAction* fit = menu->addAction(tr("&Fit Image"), m_view, &ImageBoxView::fitToWindow);
    fit->setShortcut(QKeySequence(tr("Ctrl+9")));
    menu->addSeparator();
    m_projectActions << menu->addAction(tr("&Visual Wake Words Rule…"), this,
                                        &ImageUi::showVwwDialog);

    connect(m_view, &ImageBoxView::boxDrawn, this, &ImageUi::onBoxDrawn);
    connect(m_view, &ImageBoxView::boxEdited, this, &ImageUi::onBoxEdited);
    connect(m_view, &ImageBoxView::deleteRequested, this,
            [this](qint64 id) { m_window->labelling()->deleteBox(id); });
    connect(m_view, &ImageBoxView::cursorMoved, this, [this](const QPointF& p) {
        m_cursorLabel->setText(p.x() >= 0 && p.y() >= 0 && m_shownSample > 0
                                   ? tr("x %1 · y %2").arg(int(p.x())).arg(int(p.y()))
                                   : QString());
    });
    connect(window, &MainWindow::currentSampleChanged, this, &ImageUi::onSampleChanged);
    connect(window, &MainWindow::projectChanged, this, [this] {
        m_shownSample = 0;
        m_lastBoxClass = 0;
        m_view->setImage({});
        updateEnabled();
    });
    Labelling* labelling = window->labelling();
    connect(labelling, &Labelling::boxesChanged, this, [this](qint64 sampleId) {
        if (sampleId == m_shownSample)
            refreshBoxes();
        updateVwwOf(sampleId);
        m_window->refreshDerivedOf(sampleId);
        Q_EMIT m_window->annotationsChanged();
    });
    connect(labelling, &Labelling::classesChanged, this, [this] { refreshBoxes(); });
    connect(labelling, &Labelling::annotatorChanged, this, [this] { refreshBoxes(); });
    updateEnabled();
}

void ImageUi::updateEnabled()
{
    for (QAction* a : std::as_const(m_projectActions))
        a->setEnabled(m_window->project() != nullptr);
    m_adopt->setEnabled(m_shownSample > 0);
}

bool ImageUi::blind() const
{
    return m_window->isBlindLabelling();
}

void ImageUi::onSampleChanged(qint64 sampleId)
{
    // The table's snapshot has the record; no need to read it again.
    Project* project = m_window->project();
    const SampleTableModel* model = m_window->sampleModel();
    const int row = model->rowOfSample(sampleId);
    if (!project || row < 0 || model->record(row).kind != SampleKind::Image) {
        if (m_shownSample > 0) {
            m_shownSample = 0;
            m_view->setImage({});
            updateEnabled();
        }
        m_cursorLabel->clear();
        return;
    }
    const QString path = project->toAbsolutePath(model->record(row).path);
    QImageReader reader(path);
    const QImage image = reader.read();
    m_shownSample = sampleId;
    updateEnabled();
    m_view->setImage(image);
    if (image.isNull())
        m_window->statusMessage(tr("Cannot show %1: %2").arg(path, reader.errorString()));
    refreshBoxes();
    // No focus taken: the table keeps its arrow keys and the review queue its keys; a
    // click on the image gives the view the keyboard (Tab, arrows, Space to pan).
}

void ImageUi::refreshBoxes()
{
    Project* ann = m_window->labelling()->project();
    if (m_shownSample <= 0 || !ann) {
        m_view->setBoxes({});
        return;
    }
    const qint64 me = m_window->labelling()->annotator().id;
    QHash<qint64, ClassRecord> classes;
    for (const ClassRecord& c : Classes(*ann).classes())
        classes.insert(c.id, c);
    const QList<BoxRecord> boxes =
        blind() ? Boxes(*ann).boxesOf(m_shownSample, me) : Boxes(*ann).boxesOf(m_shownSample);
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
    m_view->setBoxes(items);
}

std::optional<BoxRecord> ImageUi::mySelectedBox() const
{
    if (m_shownSample <= 0 || m_view->selectedBox() <= 0)
        return std::nullopt;
    Project* ann = m_window->labelling()->project();
    auto box = ann ? Boxes(*ann).box(m_view->selectedBox()) : Result<BoxRecord>(Error{});
    if (!box.isOk() || box.value().annotatorId != m_window->labelling()->annotator().id)
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
    m_window->labelling()->editBox(*edited);
    return true;
}

int ImageUi::adoptOthersBoxes()
{
    Labelling* labelling = m_window->labelling();
    Project* ann = labelling->project();
    if (m_shownSample <= 0 || !ann || blind())
        return 0;
    const qint64 me = labelling->annotator().id;
    const QList<BoxRecord> mine = Boxes(*ann).boxesOf(m_shownSample, me);
    QList<BoxRecord> copies;
    for (const BoxRecord& b : Boxes(*ann).boxesOf(m_shownSample)) {
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
        m_window->statusMessage(tr("No boxes of others to copy on this image."));
        return 0;
    }
    QUndoStack* stack = labelling->undoStack();
    stack->beginMacro(tr("Copy %n box(es) to mine", nullptr, int(copies.size())));
    int done = 0;
    for (BoxRecord b : std::as_const(copies)) {
        b.id = 0;
        done += labelling->addBox(b) ? 1 : 0;
    }
    stack->endMacro();
    m_window->statusMessage(tr("Copied %n box(es); they are yours to edit now.", nullptr, done));
    return done;
}

bool ImageUi::deleteSelectedBox()
{
    const std::optional<BoxRecord> box = mySelectedBox();
    if (!box)
        return false;
    m_window->labelling()->deleteBox(box->id);
    return true;
}

void ImageUi::onBoxDrawn(const QRectF& rect)
{
    if (m_shownSample <= 0)
        return;
    Labelling* labelling = m_window->labelling();
    if (m_lastBoxClass > 0 && labelling->project() &&
        !Classes(*labelling->project()).classById(m_lastBoxClass).isOk())
        m_lastBoxClass = 0;
    BoxRecord b;
    b.sampleId = m_shownSample;
    b.classId = m_lastBoxClass;
    b.x = rect.x();
    b.y = rect.y();
    b.w = rect.width();
    b.h = rect.height();
    if (!labelling->addBox(b))
        return;
    // The new box is selected, so that a class hotkey names it next.
    qint64 newest = -1;
    for (const BoxRecord& x :
         Boxes(*labelling->project()).boxesOf(m_shownSample, labelling->annotator().id))
        newest = std::max(newest, x.id);
    m_view->setSelectedBox(newest);
}

void ImageUi::onBoxEdited(qint64 id, const QRectF& rect)
{
    Project* ann = m_window->labelling()->project();
    auto box = ann ? Boxes(*ann).box(id) : Result<BoxRecord>(Error{});
    if (!box.isOk())
        return;
    BoxRecord edited = box.value();
    edited.x = rect.x();
    edited.y = rect.y();
    edited.w = rect.width();
    edited.h = rect.height();
    m_window->labelling()->editBox(edited);
}

void ImageUi::refreshVww()
{
    Project* project = m_window->project();
    SampleTableModel* model = m_window->sampleModel();
    if (!project)
        return;
    const VwwRule rule = loadVwwRule(*project);
    const QHash<qint64, QList<BoxRecord>> bySample = Boxes(*project).boxesBySample();
    QHash<qint64, bool> person;
    for (int row = 0; row < model->rowCount(); ++row) {
        const SampleRecord& r = model->record(row);
        if (r.kind == SampleKind::Image)
            person.insert(r.id,
                          isPerson(chosenBoxes(bySample.value(r.id)), r.width, r.height, rule));
    }
    model->setVww(person);
}

void ImageUi::updateVwwOf(qint64 sampleId)
{
    Project* project = m_window->project();
    SampleTableModel* model = m_window->sampleModel();
    const int row = model->rowOfSample(sampleId);
    if (!project || row < 0 || model->record(row).kind != SampleKind::Image)
        return;
    const SampleRecord& r = model->record(row);
    model->setVwwOf(sampleId, isPerson(chosenBoxes(Boxes(*project).boxesOf(sampleId)), r.width,
                                       r.height, loadVwwRule(*project)));
}

bool ImageUi::importImages(ImageFormat format, const QString& path, const QString& licence,
                           const QString& source)
{
    Project* project = m_window->project();
    const auto runner = runnerFormat(format);
    if (!project || !runner)
        return false;
    const bool started =
        m_window->importRunner()->start(project->path(), path, licence, source, *runner);
    if (!started)
        m_window->statusMessage(tr("Another import is running."));
    return started;
}

Status ImageUi::setVwwRule(const VwwRule& rule)
{
    Project* project = m_window->project();
    if (!project)
        return Error{{}, tr("no project is open")};
    if (Status s = saveVwwRule(*project, rule); !s)
        return s;
    refreshVww();
    return {};
}

void ImageUi::showImportDialog()
{
    NewImportDialog dialog(m_window, NewImportDialog::Kind::Images);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto format = parseImageFormat(dialog.imageFormat()))
        importImages(*format, dialog.folder(), dialog.licence(), dialog.source());
}

void ImageUi::showVwwDialog()
{
    Project* project = m_window->project();
    if (!project)
        return;
    const VwwRule rule = loadVwwRule(*project);
    QDialog d(m_window);
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
        m_window->statusMessage(s.error().toString());
}

} // namespace tally
