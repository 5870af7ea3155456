#include "models/LabelProgress.h"

namespace tally {

namespace {
void add(QHash<QString, int>& counts, const QString& key, int sign)
{
    auto it = counts.find(key);
    if (it == counts.end()) {
        if (sign > 0)
            counts.insert(key, sign);
        return;
    }
    it.value() += sign;
    if (it.value() <= 0)
        counts.erase(it);
}
} // namespace

void LabelProgress::count(const QString& status, const QString& myLabel, int sign)
{
    samples += sign;
    add(byStatus, status, sign);
    if (!myLabel.isEmpty()) {
        mine += sign;
        add(mineByClass, myLabel, sign);
    }
}

} // namespace tally
