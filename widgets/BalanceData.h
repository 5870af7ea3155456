#pragma once
// What ClassBalanceChart draws: plain data filled in by the app from core's
// balance and split computations (widgets never touch the database).
//
// values[stack][category] is the amount of `unit` for that category in that
// stack; a missing row or column counts as 0. Categories are the bars (classes,
// or the values of a demographic field), stacks are the segments of each bar
// (splits: training / validation / testing, or statuses). stackColours[i]
// colours stacks[i]; missing colours come from a built-in palette.

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace tally {

struct BalanceData
{
    QStringList categories;
    QStringList stacks;
    std::vector<std::vector<double>> values; // [stack][category], in `unit`
    QString unit;                            // "samples" or "hours"
    QList<QColor> stackColours;

    // values[stack][category], or 0 when out of range.
    double value(int stack, int category) const
    {
        if (stack < 0 || size_t(stack) >= values.size())
            return 0.0;
        const std::vector<double>& row = values[size_t(stack)];
        return category >= 0 && size_t(category) < row.size() ? row[size_t(category)] : 0.0;
    }
};

} // namespace tally
