#pragma once
// The sample table dock's contents: a class filter, a free-text filter and a
// table view over any sample model (the app hands in core's SampleFilterModel).
// The widget only shows and reports; filtering itself is the proxy's business,
// reached through the classFilterChanged / textFilterChanged signals. Column widths
// and order are kept in the user's settings (QSettings "sampleTable/columns").

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;
class QAbstractItemModel;
class QLabel;

namespace tally {

class SampleTable : public QWidget
{
    Q_OBJECT
public:
    explicit SampleTable(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model);
    // Classes offered in the filter combo ("All classes" is always first).
    void setClasses(const QStringList& classes);
    QTableView* view() const { return m_view; }
    QString classFilter() const;
    // Selects the given proxy row (and scrolls to it).
    void selectRow(int row);
    int currentRow() const;
    void setCountText(const QString& text);
    // Back to "All classes" and no text filter.
    void clearFilters();

Q_SIGNALS:
    void classFilterChanged(const QString& className);
    void textFilterChanged(const QString& text);
    void currentRowChanged(int row);

private:
    void restoreColumns();
    void saveColumns();

    QComboBox* m_classes = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_count = nullptr;
    bool m_restoring = false;
};

} // namespace tally
