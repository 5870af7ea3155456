// formats/ExportFolder: the whole-folder replace. Staging happens beside the target and
// nothing is visible before commit(); the marker lists what Tally wrote; a second export
// into the same folder is refused while the first holds the lock; what a killed export
// left (a hidden staging folder inside the target from an earlier Tally, a staging
// folder beside it, the old export set aside with the target missing) is recognised and
// cleaned or put back; rollback() brings the previous export back; parents created for
// a failed export are removed again.
#include "TestSupport.h"
#include "formats/ExportFolder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tally;

namespace {

// An export of files (relative path -> bytes) into folder, committed and finished.
Status exportInto(const QString& folder, const QMap<QString, QByteArray>& files,
                  bool overwrite = true)
{
    auto begun = ExportFolder::begin(folder, overwrite);
    if (!begun)
        return begun.error();
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        if (Status s = begun.value()->writeFile(it.key(), it.value()); !s)
            return s;
    if (Status s = begun.value()->commit(); !s)
        return s;
    begun.value()->finish();
    return {};
}

} // namespace

class TestExportFolder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void stagedBesideAndMarked();
    void secondExportWhileLockedIsRefused();
    void legacyStagingInsideIsCleaned();
    void setAsideExportIsPutBack();
    void rollbackRestoresPrevious();
    void failedBeginRemovesCreatedParents();

private:
    QString path(const QString& rel) const { return m_dir.filePath(rel); }
    QTemporaryDir m_dir;
};

void TestExportFolder::stagedBesideAndMarked()
{
    const QString target = path("marked/out");
    auto begun = ExportFolder::begin(target, false);
    QVERIFY(begun);
    ExportFolder& f = *begun.value();
    QVERIFY(f.stagingFolder().startsWith(path("marked/.out.tally-staging-")));
    QVERIFY(f.writeFile("a/b.txt", "b"));
    QVERIFY(!f.writeFile(ExportFolder::markerFileName(), "x")); // reserved
    QVERIFY(!QFileInfo::exists(target));                        // nothing visible yet
    QCOMPARE(test::exportLeftovers(target).size(), 2);          // staging + lock
    QVERIFY(f.commit());
    f.finish();
    QCOMPARE(test::filesBelow(target), (QStringList{".tally-export.json", "a/b.txt"}));
    QFile marker(target + "/.tally-export.json");
    QVERIFY(marker.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(marker.readAll()).object();
    QCOMPARE(o.value("files").toArray(), QJsonArray{"a/b.txt"});
    QVERIFY(test::exportLeftovers(target).isEmpty());
}

void TestExportFolder::secondExportWhileLockedIsRefused()
{
    const QString target = path("locked");
    auto first = ExportFolder::begin(target, false);
    QVERIFY(first);
    auto second = ExportFolder::begin(target, true);
    QVERIFY(!second);
    QVERIFY2(second.error().reason.contains("another export into this folder is running"),
             qPrintable(second.error().toString()));
    first.value().reset(); // released: the next one may start
    QVERIFY(ExportFolder::begin(target, true));
}

// Before exports were staged beside the target, a killed one left .tally-export-XXXXXX
// inside it, and every later export refused the "apparently empty" folder.
void TestExportFolder::legacyStagingInsideIsCleaned()
{
    const QString target = path("legacy");
    QVERIFY(test::writeBytes(target + "/.tally-export-Ab12Cd/yes/a.wav", "half"));
    QVERIFY(exportInto(target, {{"new.txt", "new"}}, false));
    QCOMPARE(test::filesBelow(target), (QStringList{".tally-export.json", "new.txt"}));
}

// A kill between the two renames (where RENAME_EXCHANGE is not used) leaves the target
// missing, the old export aside and the new one staged.
void TestExportFolder::setAsideExportIsPutBack()
{
    const QString target = path("aside/out");
    QVERIFY(exportInto(target, {{"old.txt", "old"}}));
    const QStringList old = test::folderState(target);
    QVERIFY(QDir().rename(target, path("aside/.out.tally-old-k1ll3d")));
    QVERIFY(test::writeBytes(path("aside/.out.tally-staging-k1ll3d/new.txt"), "new"));
    auto begun = ExportFolder::begin(target, true);
    QVERIFY2(begun, qPrintable(begun.error().toString()));
    QCOMPARE(test::folderState(target), old);
    QCOMPARE(test::exportLeftovers(target).size(), 2); // its own staging folder and lock
    begun.value().reset();
    QVERIFY(test::exportLeftovers(target).isEmpty());
    QCOMPARE(test::folderState(target), old);
}

void TestExportFolder::rollbackRestoresPrevious()
{
    const QString target = path("rollback");
    QVERIFY(exportInto(target, {{"old.txt", "old"}}));
    const QStringList old = test::folderState(target);
    auto begun = ExportFolder::begin(target, true);
    QVERIFY(begun);
    QVERIFY(begun.value()->writeFile("new.txt", "new"));
    QVERIFY(begun.value()->commit());
    QVERIFY(QFileInfo::exists(target + "/new.txt"));
    QVERIFY(begun.value()->rollback());
    QCOMPARE(test::folderState(target), old);
    begun.value().reset();
    QVERIFY(test::exportLeftovers(target).isEmpty());
    QCOMPARE(test::folderState(target), old);
}

void TestExportFolder::failedBeginRemovesCreatedParents()
{
    QVERIFY(test::writeBytes(path("parents/x/y/out"), "a file, not a folder"));
    QVERIFY(!ExportFolder::begin(path("parents/x/y/out"), true));
    QVERIFY(QFileInfo::exists(path("parents/x/y/out"))); // not touched
    // A staged export that is dropped takes the parents it made with it.
    {
        auto begun = ExportFolder::begin(path("new/deeper/out"), false);
        QVERIFY(begun);
        QVERIFY(begun.value()->writeFile("a.txt", "a"));
    }
    QVERIFY(!QFileInfo::exists(path("new")));
}

QTEST_GUILESS_MAIN(TestExportFolder)
#include "test_export_folder.moc"
