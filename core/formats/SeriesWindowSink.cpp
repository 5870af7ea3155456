#include "formats/SeriesWindowSink.h"

#include "dsp/NpyWriter.h"
#include "formats/ExportFolder.h"
#include "formats/ExportPaths.h"
#include "formats/ManifestExporter.h"
#include "util/CheckedFile.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <charconv>

namespace tally {

QString edgeImpulseCategory(const QString& split)
{
    return split == QLatin1String("testing") ? QStringLiteral("testing")
                                             : QStringLiteral("training");
}

QString seriesChannelList(const std::vector<int>& channels)
{
    QStringList out;
    for (int c : channels)
        out << QString::number(c);
    return out.join(u',');
}

namespace {

// A CheckedWriter for a staged file.
Result<std::unique_ptr<CheckedWriter>> openStaged(const ExportFolder& folder, const QString& name,
                                                  const QByteArray& head)
{
    const Result<QString> path = folder.stagedPath(name);
    if (!path)
        return path.error();
    auto out = std::make_unique<CheckedWriter>(path.value());
    if (Status s = out->open(); !s)
        return s.error();
    if (Status s = out->append(head); !s)
        return s.error();
    return out;
}

// windows.npy, streamed (its header written last), and labels.csv.
class NpySink final : public SeriesWindowSink
{
public:
    NpySink(const ExportFolder& folder, const SeriesExportOptions& o) : m_folder(folder), m_o(o) {}

    Status open() override
    {
        const Result<QString> npy = m_folder.stagedPath(SeriesExporter::windowsFileName());
        if (!npy)
            return npy.error();
        m_npyPath = npy.value();
        auto labels = openStaged(m_folder, SeriesExporter::labelsFileName(),
                                 "index,sample,start_frame,class,split\r\n");
        if (!labels)
            return labels.error();
        m_labels = std::move(labels).value();
        return {};
    }

    Status add(const ExportItem& it, const SeriesPart& part, qint64 windows,
               std::optional<Error>* sampleError) override
    {
        const qint64 channels = qint64(part.channels.size());
        if (m_npy && channels != m_channels) {
            *sampleError = Error{it.absolutePath, SeriesExporter::tr("it has %1 channels, the "
                                                                     "windows before it %2: "
                                                                     "choose the channels")
                                                      .arg(channels)
                                                      .arg(m_channels)};
            return {};
        }
        if (Status s = ensureNpy(channels); !s)
            return s;
        QString rows;
        for (qint64 w = 0; w < windows; ++w) {
            const qint64 start = w * m_o.strideFrames;
            if (Status s = m_npy->append(part.frames.data() + start * channels, 1); !s)
                return s;
            rows += QString::number(m_index++) + u',' + ManifestExporter::csvField(it.storedPath) +
                    u',' + QString::number(start) + u',' +
                    ManifestExporter::csvField(it.className) + u',' +
                    ManifestExporter::csvField(it.split) + QStringLiteral("\r\n");
        }
        return m_labels->append(rows.toUtf8());
    }

    Status finish(QStringList* files) override
    {
        // No window at all: an empty array of the shape asked for.
        if (Status s = ensureNpy(qint64(m_o.channels.size())); !s)
            return s;
        if (Status s = m_npy->finish(); !s)
            return s;
        if (Status s = m_labels->close(); !s)
            return s;
        *files << SeriesExporter::windowsFileName() << SeriesExporter::labelsFileName();
        return {};
    }

private:
    Status ensureNpy(qint64 channels)
    {
        if (m_npy)
            return {};
        m_channels = channels;
        m_npy = std::make_unique<NpyStreamWriter>(m_npyPath,
                                                  std::vector<qint64>{m_o.windowFrames, channels});
        return m_npy->open();
    }

    const ExportFolder& m_folder;
    const SeriesExportOptions& m_o;
    QString m_npyPath;
    std::unique_ptr<NpyStreamWriter> m_npy;
    std::unique_ptr<CheckedWriter> m_labels;
    qint64 m_channels = 0;
    qint64 m_index = 0;
};

// One window in the Edge Impulse CSV layout: timestamp in ms from the window's start,
// values as the shortest text that reads back as the same float.
QByteArray windowCsv(const SeriesPart& p, qint64 start, qint64 frames)
{
    QByteArray out = "timestamp";
    for (const QString& name : p.names)
        out += ',' + ManifestExporter::csvField(name).toUtf8();
    out += '\n';
    const size_t k = p.channels.size();
    out.reserve(out.size() + frames * qint64(k + 1) * 12);
    char buf[32];
    for (qint64 f = 0; f < frames; ++f) {
        out += QByteArray::number(double(f) * 1000.0 / p.rateHz, 'g', 12);
        for (size_t j = 0; j < k; ++j) {
            const auto r =
                std::to_chars(buf, buf + sizeof buf, p.frames[size_t(start + f) * k + j]);
            out += ',';
            out.append(buf, r.ptr - buf);
        }
        out += '\n';
    }
    return out;
}

// "2004.02.12.10.32.39" -> "2004_02_12_10_32_39", "run/idle.csv" -> "idle".
QString stemOf(const ExportItem& it)
{
    QString name = QFileInfo(it.storedPath).fileName();
    if (name.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        name.chop(4);
    const Result<QString> safe = ExportPaths::safeComponent(name.replace(u'.', u'_'));
    return safe ? safe.value() : QStringLiteral("sample%1").arg(it.sampleId);
}

// One CSV per window and info.labels, streamed as the windows are written.
class EdgeImpulseSink final : public SeriesWindowSink
{
public:
    EdgeImpulseSink(const ExportFolder& folder, const SeriesExportOptions& o)
        : m_folder(folder), m_o(o)
    {
    }

    Status open() override
    {
        auto labels = openStaged(m_folder, ManifestExporter::infoLabelsFileName(),
                                 "{\n    \"version\": 1,\n    \"files\": [");
        if (!labels)
            return labels.error();
        m_labels = std::move(labels).value();
        return {};
    }

    Status add(const ExportItem& it, const SeriesPart& part, qint64 windows,
               std::optional<Error>* sampleError) override
    {
        const Result<QString> cls = ExportPaths::safeComponent(it.className);
        if (!cls || !(part.rateHz > 0)) {
            *sampleError =
                Error{it.absolutePath, cls ? SeriesExporter::tr("it has no sample rate")
                                           : SeriesExporter::tr("refused class name “%1”: %2")
                                                 .arg(it.className, cls.error().reason)};
            return {};
        }
        const QString base =
            uniqueBase(QString(cls.value()).replace(u'.', u'_') + u'.' + stemOf(it));
        QJsonObject entry =
            ManifestExporter::infoLabelsEntry(it, {}, edgeImpulseCategory(it.split));
        QJsonObject meta = entry.value(QStringLiteral("metadata")).toObject();
        meta.insert(QStringLiteral("sample"), it.storedPath);
        meta.insert(QStringLiteral("window_frames"), QString::number(m_o.windowFrames));
        meta.insert(QStringLiteral("channels"), seriesChannelList(part.channels));
        QByteArray listed;
        for (qint64 w = 0; w < windows; ++w) {
            const qint64 start = w * m_o.strideFrames;
            const QString name = base + u'.' + QString::number(start) + QStringLiteral(".csv");
            if (Status s = m_folder.writeFile(name, windowCsv(part, start, m_o.windowFrames)); !s)
                return s;
            meta.insert(QStringLiteral("start_frame"), QString::number(start));
            entry.insert(QStringLiteral("path"), name);
            entry.insert(QStringLiteral("metadata"), meta);
            listed += (m_first ? "\n        " : ",\n        ") +
                      QJsonDocument(entry).toJson(QJsonDocument::Compact);
            m_first = false;
        }
        return m_labels->append(listed);
    }

    Status finish(QStringList* files) override
    {
        if (Status s = m_labels->append("\n    ]\n}\n"); !s)
            return s;
        if (Status s = m_labels->close(); !s)
            return s;
        *files << ManifestExporter::infoLabelsFileName();
        return {};
    }

private:
    // base, or base_2, base_3, ... when another sample has it (compared ignoring case).
    QString uniqueBase(const QString& base)
    {
        QString out = base;
        for (int n = 2; m_taken.contains(out.toLower()); ++n)
            out = base + QStringLiteral("_%1").arg(n);
        m_taken.insert(out.toLower());
        return out;
    }

    const ExportFolder& m_folder;
    const SeriesExportOptions& m_o;
    std::unique_ptr<CheckedWriter> m_labels;
    QSet<QString> m_taken;
    bool m_first = true;
};

} // namespace

std::unique_ptr<SeriesWindowSink> SeriesWindowSink::make(const ExportFolder& folder,
                                                         const SeriesExportOptions& o)
{
    if (o.format == SeriesExportFormat::Npy)
        return std::make_unique<NpySink>(folder, o);
    return std::make_unique<EdgeImpulseSink>(folder, o);
}

} // namespace tally
