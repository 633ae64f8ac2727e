#pragma once

#include <QString>
#include <QStringList>

namespace checkstand::secrets {

// One secret per integration; the Omnichat extra headers add "orderchecker.header.<name>".
inline QString chargeAfterPrivateKey() {
    return QStringLiteral("chargeafter");
}

// CHECKSTAND_SECRET_<NAME>: upper case, anything not a letter or digit becomes '_'.
QString environmentVariableFor(const QString& secretName);

} // namespace checkstand::secrets
