#include "simulator_figures.h"

#include "simulator_command_line.h"

#include <QStringList>

#include <cmath>

namespace simulator {

QJsonObject toJson(const Figures &f)
{
    return {
        {QStringLiteral("p_wait"), jsonNumber(f.pWait)},
        {QStringLiteral("service_level"), jsonNumber(f.serviceLevel)},
        {QStringLiteral("asa"), jsonNumber(f.asaSeconds)},
        {QStringLiteral("aht"), jsonNumber(f.ahtSeconds)},
        {QStringLiteral("abandon_rate"), jsonNumber(f.abandonRate)},
        {QStringLiteral("occupancy"), jsonNumber(f.occupancy)},
    };
}

namespace {

QString seconds(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("unbounded");
    // Three significant digits at least, as the published tables print ASA.
    const int decimals = value >= 10 ? 1 : 2;
    return QString::number(value, 'f', decimals) + QStringLiteral(" s");
}

QString ratio(double value) { return QString::number(value, 'f', 4); }

} // namespace

QString figuresTable(double thresholdSeconds, const std::vector<std::pair<QString, Figures>> &columns)
{
    const QStringList names = {
        QStringLiteral("P(wait)"),
        QStringLiteral("SL(%1 s)").arg(thresholdSeconds),
        QStringLiteral("ASA"),
        QStringLiteral("AHT"),
        QStringLiteral("abandon rate"),
        QStringLiteral("occupancy"),
    };
    std::vector<QStringList> cells;
    for (const auto &[title, f] : columns) {
        cells.push_back({ratio(f.pWait), ratio(f.serviceLevel), seconds(f.asaSeconds),
                         seconds(f.ahtSeconds), ratio(f.abandonRate), ratio(f.occupancy)});
    }

    constexpr int kNameWidth = 14;
    constexpr int kColumnWidth = 12;
    QString out = QString().leftJustified(kNameWidth);
    for (const auto &column : columns)
        out += column.first.rightJustified(kColumnWidth);
    out += QLatin1Char('\n');
    for (int row = 0; row < names.size(); ++row) {
        out += names[row].leftJustified(kNameWidth);
        for (const QStringList &column : cells)
            out += column[row].rightJustified(kColumnWidth);
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace simulator
