#pragma once
// Asks for an export: format (Speech Commands layout, CSV manifest, Edge Impulse),
// output folder, rate and length (Speech Commands), and filters — the licences to
// allow (ticked from the project's licence counts; "Commercial use" unticks every
// -NC licence) and the review statuses to include (by default only the safe ones,
// formats/ExportSet.h defaultExportStatuses: agreed, resolved, labelled). Returns an ExportRequest;
// the overwrite question and the run itself are DatasetUi's (DatasetUi::startExport).

#include "gui/ExportRunner.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace tally {

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // licenceCounts: SPDX id ("" = unknown) -> samples; statusCounts: status name -> samples.
    ExportDialog(const QMap<QString, qint64>& licenceCounts,
                 const QMap<QString, qint64>& statusCounts, const QString& folder,
                 QWidget* parent = nullptr);
    ExportRequest request() const;
    QListWidget* statusList() const { return m_statuses; }
    // Whether a licence allows commercial use as far as its id tells (no "-NC").
    static bool allowsCommercialUse(const QString& spdx);

private:
    void browse();
    void updateEnabled();
    // The sensor window rows (window, stride, channels, normal-only) of the form.
    void addFormats();
    void addSeriesRows(QFormLayout* form);
    static QStringList checked(const QListWidget* list, bool* all);

    QComboBox* m_format = nullptr;
    QLineEdit* m_folder = nullptr;
    QSpinBox* m_rate = nullptr;
    QDoubleSpinBox* m_length = nullptr;
    QSpinBox* m_oversample = nullptr;
    QSpinBox* m_window = nullptr; // series formats
    QSpinBox* m_stride = nullptr;
    QLineEdit* m_channels = nullptr;
    QLineEdit* m_normalOnly = nullptr;
    QCheckBox* m_background = nullptr;
    QListWidget* m_licences = nullptr;
    QListWidget* m_statuses = nullptr;
    QPushButton* m_okButton = nullptr;
};

} // namespace tally
