#include "session_types.h"

namespace session {

QString fullServiceName(const QString &shortName)
{
    if (shortName.contains(QLatin1Char('.')) || shortName.isEmpty())
        return shortName;
    QString name = shortName;
    name[0] = name[0].toUpper();
    return QStringLiteral("switchboard.v1.%1Service").arg(name);
}

} // namespace session
