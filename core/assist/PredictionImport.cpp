#include "assist/PredictionImport.h"

#include "store/Project.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>

namespace tally::assist {

QString FileIssue::toString() const
{
    return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(reason);
}

QStringList splitCsvLine(QStringView line)
{
    QStringList out;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            out << field;
            field.clear();
        } else {
            field += c;
        }
    }
    out << field;
    return out;
}

namespace {

// What both formats share: the project's paths and classes, and the issues found.
struct Reader
{
    const Project& project;
    QString file;
    QDir fileDir;
    QHash<QString, qint64> ids;
    QSet<QString> projectClasses;
    QSet<qint64> seen;
    PredictionFile out;

    void issue(int line, const QString& reason) { out.issues.push_back({file, line, reason}); }

    qint64 resolve(const QString& path, int line)
    {
        qint64 id = ids.value(path);
        if (id == 0 && QDir::isAbsolutePath(path))
            id = ids.value(project.toStoredPath(path));
        if (id == 0 && !QDir::isAbsolutePath(path))
            id = ids.value(project.toStoredPath(fileDir.absoluteFilePath(path)));
        if (id == 0) {
            issue(line,
                  PredictionImport::tr("no sample with the path “%1” in the project").arg(path));
            return 0;
        }
        if (seen.contains(id)) {
            issue(line, PredictionImport::tr("“%1” is listed twice; the first is kept").arg(path));
            return 0;
        }
        seen.insert(id);
        return id;
    }

    // A probability: a number in [0, 1]; else an issue.
    bool probability(double v, const QString& cls, int line)
    {
        if (std::isfinite(v) && v >= 0.0 && v <= 1.0)
            return true;
        issue(line,
              PredictionImport::tr("the probability of “%1” is not a number in 0–1").arg(cls));
        return false;
    }

    bool sumsToOne(double sum, int line)
    {
        if (std::abs(sum - 1.0) <= 0.01)
            return true;
        issue(
            line,
            PredictionImport::tr("the probabilities sum to %1, not 1 ± 0.01").arg(sum, 0, 'g', 6));
        return false;
    }
};

// The CSV header: which columns are known classes (index into out.classes, or -1).
Result<std::vector<int>> csvHeader(Reader& r, const QString& header)
{
    const QStringList cols = splitCsvLine(header);
    if (cols.size() < 2 || cols[0].trimmed() != QLatin1String("path"))
        return Error{r.file,
                     PredictionImport::tr("line 1: the header must be “path,<class>,<class>,…”")};
    std::vector<int> map;
    for (int c = 1; c < cols.size(); ++c) {
        const QString cls = cols[c].trimmed();
        if (!r.projectClasses.contains(cls)) {
            r.issue(
                1, PredictionImport::tr("“%1” is not a class of the project; its column is ignored")
                       .arg(cls));
            map.push_back(-1);
        } else if (r.out.classes.contains(cls)) {
            r.issue(1,
                    PredictionImport::tr("the class “%1” is named twice; the first column counts")
                        .arg(cls));
            map.push_back(-1);
        } else {
            map.push_back(int(r.out.classes.size()));
            r.out.classes << cls;
        }
    }
    return map;
}

void csvRow(Reader& r, const QStringList& cols, const std::vector<int>& map, int line)
{
    if (cols.size() != qsizetype(map.size()) + 1) {
        r.issue(line, PredictionImport::tr("%1 fields, the header has %2")
                          .arg(cols.size())
                          .arg(map.size() + 1));
        return;
    }
    SamplePrediction p;
    p.probs.assign(size_t(r.out.classes.size()), 0.0f);
    double sum = 0.0;
    for (size_t c = 0; c < map.size(); ++c) {
        bool ok = false;
        double v = cols[qsizetype(c) + 1].trimmed().toDouble(&ok);
        if (!ok)
            v = std::nan("");
        if (!r.probability(v, cols[qsizetype(c) + 1], line))
            return;
        sum += v;
        if (map[c] >= 0)
            p.probs[size_t(map[c])] = float(v);
    }
    if (!r.sumsToOne(sum, line))
        return;
    p.sampleId = r.resolve(cols[0], line);
    if (p.sampleId != 0)
        r.out.rows.push_back(std::move(p));
}

Status readCsv(Reader& r, QFile& f)
{
    Result<std::vector<int>> map = std::vector<int>{};
    int line = 0;
    while (!f.atEnd()) {
        QString text = QString::fromUtf8(f.readLine());
        ++line;
        if (text.endsWith(u'\n'))
            text.chop(1);
        if (text.endsWith(u'\r'))
            text.chop(1);
        if (line == 1) {
            if (text.startsWith(QChar(0xFEFF)))
                text.remove(0, 1);
            map = csvHeader(r, text);
            if (!map)
                return map.error();
            continue;
        }
        if (text.trimmed().isEmpty())
            continue;
        ++r.out.linesRead;
        csvRow(r, splitCsvLine(text), map.value(), line);
    }
    if (line == 0)
        return Error{r.file, PredictionImport::tr("the file is empty")};
    return {};
}

// One JSON line's "probs": class -> value, known classes only (unknown ones reported).
bool jsonProbs(Reader& r, const QJsonObject& probs, int line, QHash<QString, float>* out)
{
    double sum = 0.0;
    for (auto it = probs.begin(); it != probs.end(); ++it) {
        const double v = it.value().isDouble() ? it.value().toDouble() : std::nan("");
        if (!r.probability(v, it.key(), line))
            return false;
        sum += v;
        if (r.projectClasses.contains(it.key()))
            out->insert(it.key(), float(v));
        else
            r.issue(
                line,
                PredictionImport::tr("“%1” is not a class of the project; ignored").arg(it.key()));
    }
    return probs.isEmpty() || r.sumsToOne(sum, line);
}

bool jsonBoxes(Reader& r, const QJsonArray& boxes, int line, std::vector<PredictedBox>* out)
{
    for (const QJsonValue& v : boxes) {
        const QJsonObject b = v.toObject();
        PredictedBox box{b.value(QLatin1String("class")).toString(),
                         b.value(QLatin1String("x")).toDouble(std::nan("")),
                         b.value(QLatin1String("y")).toDouble(std::nan("")),
                         b.value(QLatin1String("w")).toDouble(std::nan("")),
                         b.value(QLatin1String("h")).toDouble(std::nan("")),
                         b.value(QLatin1String("score")).toDouble(std::nan(""))};
        const bool finite = std::isfinite(box.x) && std::isfinite(box.y) && std::isfinite(box.w) &&
                            std::isfinite(box.h) && std::isfinite(box.score);
        if (!finite || box.w <= 0 || box.h <= 0) {
            r.issue(line, PredictionImport::tr(
                              "a box needs finite x, y, w, h and score, with w and h > 0"));
            return false;
        }
        if (!r.projectClasses.contains(box.className)) {
            r.issue(line, PredictionImport::tr(
                              "the box class “%1” is not a class of the project; ignored")
                              .arg(box.className));
            continue;
        }
        out->push_back(box);
    }
    return true;
}

struct JsonRow
{
    qint64 sampleId = 0;
    QHash<QString, float> probs;
    std::vector<PredictedBox> boxes;
};

void jsonLine(Reader& r, const QByteArray& text, int line, std::vector<JsonRow>* rows)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        r.issue(line, err.error != QJsonParseError::NoError
                          ? PredictionImport::tr("not JSON: %1").arg(err.errorString())
                          : PredictionImport::tr("not a JSON object"));
        return;
    }
    const QJsonObject o = doc.object();
    const QString path = o.value(QLatin1String("path")).toString();
    if (path.isEmpty()) {
        r.issue(line, PredictionImport::tr("no “path”"));
        return;
    }
    JsonRow row;
    if (!jsonProbs(r, o.value(QLatin1String("probs")).toObject(), line, &row.probs) ||
        !jsonBoxes(r, o.value(QLatin1String("boxes")).toArray(), line, &row.boxes))
        return;
    row.sampleId = r.resolve(path, line);
    if (row.sampleId != 0)
        rows->push_back(std::move(row));
}

Status readJsonLines(Reader& r, QFile& f)
{
    std::vector<JsonRow> rows;
    int line = 0;
    while (!f.atEnd()) {
        const QByteArray text = f.readLine().trimmed();
        ++line;
        if (text.isEmpty())
            continue;
        ++r.out.linesRead;
        jsonLine(r, text, line, &rows);
    }
    QSet<QString> classes;
    for (const JsonRow& row : rows)
        for (auto it = row.probs.begin(); it != row.probs.end(); ++it)
            classes.insert(it.key());
    r.out.classes = sortedByCodePoint(QStringList(classes.begin(), classes.end()));
    for (JsonRow& row : rows) {
        SamplePrediction p;
        p.sampleId = row.sampleId;
        if (!row.probs.isEmpty())
            for (const QString& c : r.out.classes)
                p.probs.push_back(row.probs.value(c, 0.0f));
        p.boxes = std::move(row.boxes);
        r.out.rows.push_back(std::move(p));
    }
    return {};
}

} // namespace

Result<PredictionFile> PredictionImport::read(const QString& file, const Project& project)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error{file, tr("cannot read: %1").arg(f.errorString())};
    Reader r{project, file, QFileInfo(file).absoluteDir(), samplePathIds(project), {}, {}, {}};
    for (const QString& c : project.classNames())
        r.projectClasses.insert(c);
    const QString suffix = QFileInfo(file).suffix().toLower();
    Status st;
    if (suffix == QLatin1String("csv"))
        st = readCsv(r, f);
    else if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson") ||
             suffix == QLatin1String("json"))
        st = readJsonLines(r, f);
    else
        return Error{file, tr("not a predictions file: the name must end in .csv or .jsonl")};
    if (!st)
        return st.error();
    return std::move(r.out);
}

} // namespace tally::assist
