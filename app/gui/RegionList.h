#pragma once
// The "Regions" dock: the current sample's time regions (every annotator's, or
// mine only in blind labelling). Double-click seeks the views to a region.

#include "store/Records.h"

#include <QWidget>

class QTableWidget;

namespace tally {

class RegionList : public QWidget
{
    Q_OBJECT
public:
    explicit RegionList(QWidget* parent = nullptr);
    void setRegions(const QList<RegionRecord>& regions);
    void selectRegion(qint64 id);
    qint64 selectedRegion() const;
    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    void regionActivated(qint64 id);
    void regionSelected(qint64 id);
    void deleteRequested(qint64 id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableWidget* m_table = nullptr;
};

} // namespace tally
