#pragma once
// The image side of the labelling work: when the current sample is an image, the
// central area shows an ImageBoxView (widgets/) instead of the waveform and
// spectrogram, with the current annotator's boxes editable and the others' dashed
// (hidden in blind labelling). Every box edit goes through Labelling (one undo step,
// one store transaction). The Image menu: Import Images (folder, COCO, Pascal VOC,
// YOLO) on the ImportRunner worker, the box tool (B), zoom (Ctrl+= / Ctrl+-, fit on
// Ctrl+0 with the main window's Fit action), and the Visual Wake Words rule, whose
// derived label fills the table's VWW column.
//
// Class hotkeys: with one of my boxes selected they set its class (LabelUi asks
// applyClassToSelectedBox first); otherwise they label the image as for audio. A new
// box gets the class last given to a box, so a run of boxes of one class needs no key.
// Boxes brought in by an import (or drawn by a colleague) are not mine to edit; Copy
// Shown Boxes to Mine (Ctrl+Shift+C) starts my own set from them.
//
// GUI thread only.

#include "BoxItem.h"
#include "formats/ImageImporter.h"
#include "review/VisualWakeWords.h"
#include "store/Records.h"

#include <QImage>
#include <QObject>
#include <functional>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QWidget;

namespace tally {

class ImageBoxView;
class ImportRunner;
class Labelling;
class Session;

class ImageUi : public QObject
{
    Q_OBJECT
public:
    // host: the window that parents dialogs and carries the window shortcuts; imports
    // run on `imports`.
    ImageUi(Session& session, Labelling& labelling, ImportRunner& imports, QWidget* host);

    ImageBoxView* view() const { return m_view; }
    bool isImageShown() const { return m_shownSample > 0; }
    qint64 shownSample() const { return m_shownSample; }
    QAction* boxToolAction() const { return m_boxTool; }
    QMenu* menu() const { return m_menu; }
    // Cursor position on the image, for the status bar.
    QLabel* cursorLabel() const { return m_cursorLabel; }

    // With one of my boxes selected: sets its class (undoable) and returns true.
    bool applyClassToSelectedBox(qint64 classId);
    // Copies the other annotators' boxes shown on the image (imported ones included) as
    // mine, one undo step; a box I already have in the same place and class is skipped.
    // Returns how many were copied. Nothing in blind labelling (they are not shown).
    int adoptOthersBoxes();
    // With one of my boxes selected: deletes it (undoable) and returns true.
    bool deleteSelectedBox();
    // Re-reads the shown image's boxes (after an edit, a class change, blind mode).
    void refreshBoxes();
    // The labelling assistant's predicted boxes for a sample (drawn dotted, after the
    // store's; ids from kPredictedBoxIdBase). Empty provider: none.
    using PredictedBoxes = std::function<QList<BoxItem>(qint64 sampleId)>;
    void setPredictedBoxes(PredictedBoxes provider) { m_predicted = std::move(provider); }
    // The selected box when it is a predicted one.
    std::optional<BoxItem> selectedPredictedBox() const;
    // Copies a box to mine with that class (one undo step); false when it failed.
    bool adoptBox(const QRectF& rect, qint64 classId);
    // Recomputes the VWW column for every image sample (after a rule change, an import).
    void refreshVww();

    // Starts an import on the ImportRunner; false when another runs.
    bool importImages(ImageFormat format, const QString& path, const QString& licence,
                      const QString& source, bool allowOutside = false);
    // Stores the rule in the project and refreshes the column.
    Status setVwwRule(const VwwRule& rule);

    void showImportDialog();
    void showVwwDialog();

private:
    void createMenu();
    void onSampleChanged(qint64 sampleId);
    void onBoxDrawn(const QRectF& rect);
    void onBoxEdited(qint64 id, const QRectF& rect);
    // The box selected on the shown image, when it is mine (so mine to edit).
    std::optional<BoxRecord> mySelectedBox() const;
    void updateEnabled();
    void updateVwwOf(qint64 sampleId);
    bool blind() const;

    Session& m_session;
    Labelling& m_labelling;
    ImportRunner& m_imports;
    QWidget* m_host = nullptr;
    QMenu* m_menu = nullptr;
    ImageBoxView* m_view = nullptr;
    QAction* m_boxTool = nullptr;
    QAction* m_adopt = nullptr;
    QList<QAction*> m_projectActions;
    QLabel* m_cursorLabel = nullptr;
    qint64 m_shownSample = 0;
    qint64 m_lastBoxClass = 0;
    PredictedBoxes m_predicted;
};

} // namespace tally
