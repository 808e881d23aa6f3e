#include "simulator_command_line.h"

#include <QJsonDocument>

#include <cmath>
#include <cstdio>

namespace simulator {

CommandLine::CommandLine(const QString &command, const QString &description)
    : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
}

void CommandLine::addValueOption(const QString &name, const QString &valueName, const QString &description)
{
    m_parser.addOption(QCommandLineOption(name, description, valueName));
}

void CommandLine::addFlag(const QString &name, const QString &description)
{
    m_parser.addOption(QCommandLineOption(name, description));
}

bool CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {   // the first argument stands for the program
        usageError(m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(helpText()), stdout);
        m_exitCode = 0;
        return false;
    }
    if (!m_parser.positionalArguments().isEmpty()) {
        usageError(QStringLiteral("unexpected argument '%1'").arg(m_parser.positionalArguments().first()));
        return false;
    }
    return true;
}

QString CommandLine::helpText() const
{
    // QCommandLineParser names the program by its path; name the subcommand instead.
    QString text = m_parser.helpText();
    const qsizetype endOfFirstLine = text.indexOf(QLatin1Char('\n'));
    return QStringLiteral("Usage: switchboard-sim %1 [options]").arg(m_command) + text.mid(endOfFirstLine);
}

void CommandLine::usageError(const QString &message)
{
    std::fprintf(stderr, "switchboard-sim %s: %s\n\n%s", qPrintable(m_command), qPrintable(message),
                 qPrintable(helpText()));
    m_exitCode = kExitUsage;
}

std::optional<double> CommandLine::number(const QString &name, double minimum, bool strict)
{
    if (!m_parser.isSet(name)) {
        usageError(QStringLiteral("--%1 is required").arg(name));
        return std::nullopt;
    }
    bool ok = false;
    const QString text = m_parser.value(name);
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        usageError(QStringLiteral("--%1 must be a number, not '%2'").arg(name, text));
        return std::nullopt;
    }
    if (strict ? !(value > minimum) : !(value >= minimum)) {
        usageError(QStringLiteral("--%1 must be %2 %3, not %4")
                       .arg(name, strict ? QStringLiteral(">") : QStringLiteral(">="))
                       .arg(minimum)
                       .arg(text));
        return std::nullopt;
    }
    return value;
}

std::optional<int> CommandLine::integer(const QString &name, int minimum)
{
    if (!m_parser.isSet(name)) {
        usageError(QStringLiteral("--%1 is required").arg(name));
        return std::nullopt;
    }
    bool ok = false;
    const QString text = m_parser.value(name);
    const int value = text.toInt(&ok);
    if (!ok) {
        usageError(QStringLiteral("--%1 must be a whole number, not '%2'").arg(name, text));
        return std::nullopt;
    }
    if (value < minimum) {
        usageError(QStringLiteral("--%1 must be at least %2, not %3").arg(name).arg(minimum).arg(value));
        return std::nullopt;
    }
    return value;
}

std::optional<quint64> CommandLine::unsignedInteger(const QString &name)
{
    if (!m_parser.isSet(name)) {
        usageError(QStringLiteral("--%1 is required").arg(name));
        return std::nullopt;
    }
    bool ok = false;
    const QString text = m_parser.value(name);
    const quint64 value = text.toULongLong(&ok, 0);
    if (!ok) {
        usageError(QStringLiteral("--%1 must be a whole number >= 0, not '%2'").arg(name, text));
        return std::nullopt;
    }
    return value;
}

void printJson(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
}

QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

} // namespace simulator
