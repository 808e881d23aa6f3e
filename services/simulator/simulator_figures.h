#pragma once
// The queue figures `erlang` and `virtual` both print, under the same names: one JSON
// key set (p_wait, service_level, asa, aht, abandon_rate, occupancy) and one table layout,
// so that the two can be compared line by line.

#include <QJsonObject>
#include <QString>

#include <utility>
#include <vector>

namespace simulator {

struct Figures {
    double pWait = 0;
    double serviceLevel = 0;
    double asaSeconds = 0;    // +infinity for an unstable queue
    double ahtSeconds = 0;
    double abandonRate = 0;
    double occupancy = 0;
};

QJsonObject toJson(const Figures &figures);

// A table with one column per (title, figures), rows named after the metrics; the
// service-level row names its threshold.
QString figuresTable(double thresholdSeconds, const std::vector<std::pair<QString, Figures>> &columns);

} // namespace simulator
