#pragma once
// What the switchboard-sim subcommands share: options read with a clear message when
// they are missing or wrong, usage errors (exit code 2), and output helpers.

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace simulator {

constexpr int kExitUsage = 2;

// One subcommand's parser: `switchboard-sim <command> [options]`.
class CommandLine {
public:
    CommandLine(const QString &command, const QString &description);

    void addValueOption(const QString &name, const QString &valueName, const QString &description);
    void addFlag(const QString &name, const QString &description);

    // `arguments` starts with the subcommand's name. False when the command should
    // stop: after --help (exitCode() 0) or on a usage error (message printed, exitCode() 2).
    bool parse(const QStringList &arguments);
    int exitCode() const { return m_exitCode; }

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    // Required numbers: nullopt after reporting a usage error when the option is missing
    // or its value is not a number in range. `minimum` is inclusive unless `strict`.
    std::optional<double> number(const QString &name, double minimum, bool strict = false);
    std::optional<int> integer(const QString &name, int minimum);
    std::optional<quint64> unsignedInteger(const QString &name);

    // Prints "switchboard-sim <command>: message" and the usage to stderr; sets exit code 2.
    void usageError(const QString &message);

private:
    QString helpText() const;

    QString m_command;
    QCommandLineParser m_parser;
    int m_exitCode = 0;
};

// Prints one compact JSON object and a newline to stdout.
void printJson(const QJsonObject &object);
// A double for JSON: null when not finite (JSON has no infinity).
QJsonValue jsonNumber(double value);

} // namespace simulator
