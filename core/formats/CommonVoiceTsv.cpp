#include "formats/CommonVoiceTsv.h"

#include "formats/CommonVoiceImporter.h"
#include "formats/FileListing.h"

#include <optional>

namespace tally {

namespace {

// Columns that are stored elsewhere than in the metadata.
bool isStoredColumn(const QString& name)
{
    static const QStringList kStored{QStringLiteral("client_id"), QStringLiteral("path"),
                                     QStringLiteral("up_votes"), QStringLiteral("down_votes")};
    return kStored.contains(name);
}

// A vote count cell: empty = 0; otherwise a whole number >= 0, or nullopt.
std::optional<int> voteCount(const QString& cell)
{
    if (cell.trimmed().isEmpty())
        return 0;
    bool ok = false;
    const int n = cell.trimmed().toInt(&ok);
    return ok && n >= 0 ? std::optional<int>(n) : std::nullopt;
}

// Reads one data line's cells into row; an empty string on success, else the reason.
QString parseRow(const QStringList& header, const QStringList& cells, CommonVoiceRow& row)
{
    if (cells.size() != header.size())
        return CommonVoiceImporter::tr("expected %1 columns, found %2")
            .arg(header.size())
            .arg(cells.size());
    for (int i = 0; i < header.size(); ++i) {
        const QString& name = header[i];
        const QString& cell = cells[i];
        if (name == QLatin1String("up_votes") || name == QLatin1String("down_votes")) {
            const std::optional<int> n = voteCount(cell);
            if (!n)
                return CommonVoiceImporter::tr("%1 “%2” is not a whole number").arg(name, cell);
            (name == QLatin1String("up_votes") ? row.up : row.down) = *n;
        } else if (name == QLatin1String("client_id")) {
            row.groupKey = cell;
        } else if (!isStoredColumn(name) && !cell.isEmpty()) {
            row.metadata.insert(name, cell);
        }
    }
    return {};
}

} // namespace

QList<CommonVoiceRow> parseCommonVoiceTsv(const QByteArray& bytes, const QString& tsvPath,
                                          QList<Error>* errors)
{
    QStringList lines = splitTextLines(bytes);
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    const QStringList header = lines.value(0).split(QLatin1Char('\t'));
    const int pathColumn = int(header.indexOf(QStringLiteral("path")));
    if (lines.isEmpty() || pathColumn < 0) {
        *errors << Error{tsvPath, CommonVoiceImporter::tr("no header line with a “path” column")};
        return {};
    }
    QList<CommonVoiceRow> rows;
    for (int i = 1; i < lines.size(); ++i) {
        const QString& line = lines[i];
        if (line.trimmed().isEmpty())
            continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        CommonVoiceRow row;
        row.line = i + 1;
        QString reason = parseRow(header, cells, row);
        if (reason.isEmpty() && cells[pathColumn].trimmed().isEmpty())
            reason = CommonVoiceImporter::tr("empty path");
        if (!reason.isEmpty()) {
            *errors << Error{tsvPath,
                             CommonVoiceImporter::tr("line %1: %2").arg(i + 1).arg(reason)};
            continue;
        }
        row.clip = cells[pathColumn].trimmed();
        rows << row;
    }
    return rows;
}

} // namespace tally
