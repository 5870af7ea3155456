// SampleTable: file names cut in the middle, and column widths kept in the user's
// settings from one window to the next.
#include "SampleTable.h"
#include "models/SampleTableModel.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tally;

class TestSampleTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void elidesInTheMiddle();
    void remembersColumnWidths();
    void ignoresAStateOfOtherColumns();
    void statusAndSplitFitIn480Pixels();

private:
    QTemporaryDir m_settings;
};

void TestSampleTable::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TallyTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_sample_table"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QSettings().clear();
}

void TestSampleTable::elidesInTheMiddle()
{
    SampleTable table;
    QCOMPARE(table.view()->textElideMode(), Qt::ElideMiddle);
}

void TestSampleTable::remembersColumnWidths()
{
    SampleTableModel model;
    {
        SampleTable table;
        table.setModel(&model);
        table.view()->horizontalHeader()->resizeSection(SampleTableModel::ClassColumn, 177);
        table.view()->horizontalHeader()->moveSection(SampleTableModel::SplitColumn, 1);
    }
    SampleTable again;
    again.setModel(&model);
    QCOMPARE(again.view()->horizontalHeader()->sectionSize(SampleTableModel::ClassColumn), 177);
    QCOMPARE(again.view()->horizontalHeader()->visualIndex(SampleTableModel::SplitColumn), 1);
    QSettings().clear();
}

void TestSampleTable::ignoresAStateOfOtherColumns()
{
    QStandardItemModel three(0, 3);
    {
        SampleTable table;
        table.setModel(&three);
        table.view()->horizontalHeader()->resizeSection(1, 155);
    }
    SampleTableModel model;
    SampleTable table;
    table.setModel(&model);
    QCOMPARE(table.view()->horizontalHeader()->count(), int(SampleTableModel::ColumnCount));
    QVERIFY(table.view()->horizontalHeader()->sectionSize(SampleTableModel::PathColumn) > 100);
    QSettings().clear();
}

// At 1600 px the window gives the table 30 %: File through Split must show without
// scrolling sideways (they took 620 px before).
void TestSampleTable::statusAndSplitFitIn480Pixels()
{
    QSettings().clear();
    SampleTableModel model;
    SampleTable table;
    table.setModel(&model);
    QHeaderView* h = table.view()->horizontalHeader();
    int used = 0;
    for (int c : {int(SampleTableModel::PathColumn), int(SampleTableModel::ClassColumn),
                  int(SampleTableModel::MyLabelColumn), int(SampleTableModel::StatusColumn),
                  int(SampleTableModel::SplitColumn)}) {
        QVERIFY(h->visualIndex(c) <= 4);
        used += h->sectionSize(c);
    }
    QVERIFY2(used <= 480 - 20, qPrintable(QString::number(used))); // 20: the scroll bar
}

QTEST_MAIN(TestSampleTable)
#include "test_sample_table.moc"
