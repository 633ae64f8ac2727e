// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "operatorsession.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "checkstand.operators.session", QtInfoMsg)

namespace checkstand {

namespace {

// The journal names an action by a word that never changes with the language (actionName() is
// translated): what `journal list --kind override` shows and a script can match.
QString actionKey(Action action) {
    switch (action) {
    case Action::Sell:
        return QStringLiteral("sell");
    case Action::Park:
        return QStringLiteral("park");
    case Action::Recall:
        return QStringLiteral("recall");
    case Action::ReprintOwnReceipt:
        return QStringLiteral("reprintOwnReceipt");
    case Action::Void:
        return QStringLiteral("void");
    case Action::Return:
        return QStringLiteral("return");
    case Action::DiscountBeyondLimit:
        return QStringLiteral("discountBeyondLimit");
    case Action::PriceChange:
        return QStringLiteral("priceChange");
    case Action::Reprint:
        return QStringLiteral("reprint");
    case Action::OverrideCheckerBlock:
        return QStringLiteral("overrideCheckerBlock");
    case Action::OverrideUnconfirmedPrices:
        return QStringLiteral("overrideUnconfirmedPrices");
    case Action::OpenSettings:
        return QStringLiteral("openSettings");
    case Action::ManageOperators:
        return QStringLiteral("manageOperators");
    case Action::ImportCatalog:
        return QStringLiteral("importCatalog");
    case Action::DiscardNotification:
        return QStringLiteral("discardNotification");
    case Action::OpenShift:
        return QStringLiteral("openShift");
    case Action::CloseShift:
        return QStringLiteral("closeShift");
    case Action::PayInOut:
        return QStringLiteral("payInOut");
    case Action::XReport:
        return QStringLiteral("xReport");
    case Action::ZReport:
        return QStringLiteral("zReport");
    }
    return QStringLiteral("unknown");
}

QString outcomeKey(SignIn::Outcome outcome) {
    switch (outcome) {
    case SignIn::Outcome::Ok:
        return QStringLiteral("ok");
    case SignIn::Outcome::WrongPin:
        return QStringLiteral("wrongPin");
    case SignIn::Outcome::Locked:
        return QStringLiteral("locked");
    case SignIn::Outcome::Unknown:
        return QStringLiteral("unknown");
    case SignIn::Outcome::Disabled:
        return QStringLiteral("disabled");
    case SignIn::Outcome::NotAllowed:
        return QStringLiteral("notAllowed");
    case SignIn::Outcome::Invalid:
        return QStringLiteral("invalid");
    case SignIn::Outcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

} // namespace

OperatorSession::OperatorSession(OperatorStore& store, AuditJournal& journal, const Clock& clock,
                                 QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_journal(journal)
    , m_clock(clock) {}

Role OperatorSession::role() const {
    if (m_machine)
        return Role::Administrator;
    return m_current ? m_role : Role::Cashier;
}

void OperatorSession::actAsMachineAdministrator(const QString& osUser) {
    m_current.reset();
    m_byBadge = false;
    m_role = Role::Administrator;
    m_machine = true;
    m_osUser = osUser.trimmed().isEmpty() ? QStringLiteral("unknown") : osUser.trimmed();
}

AuditActor OperatorSession::actor() const {
    if (m_machine)
        return {QString(), operatorName()};
    if (m_current)
        return AuditActor::of(*m_current);
    return {};
}

QString OperatorSession::operatorName() const {
    if (m_machine)
        return QStringLiteral("checkstand-ctl (%1)").arg(m_osUser);
    return m_current ? m_current->name : QString();
}

bool OperatorSession::may(Action action) const {
    if (m_machine)
        return true;
    return m_current && allows(m_role, action);
}

bool OperatorSession::journal(const QString& kind, const QJsonObject& details) {
    m_error = {};
    if (m_journal.append(kind, actor(), details))
        return true;
    m_error = m_journal.lastError();
    qCWarning(lcSession).noquote() << "audit journal not written:" << m_error.shortText();
    return false;
}

SignIn OperatorSession::signIn(const QString& numberOrBadge, const QByteArray& pin) {
    m_error = {};
    const QString typed = numberOrBadge.trimmed();
    SignIn result;
    if (pin.isEmpty()) {
        result = m_store.signInByBadge(typed);
        // A number with no PIN yet is not a failed attempt: it must not count toward a lockout
        // nor look like one in the journal. The lock screen asks for the PIN instead.
        if (result.outcome == SignIn::Outcome::Unknown &&
            !OperatorStore::normaliseNumber(typed).isEmpty()) {
            SignIn ask;
            ask.outcome = SignIn::Outcome::Invalid;
            ask.message =
                tr("Enter the PIN of operator %1.").arg(OperatorStore::normaliseNumber(typed));
            return ask;
        }
    } else {
        result = m_store.signIn(typed, pin);
    }
    if (result.outcome == SignIn::Outcome::Failed) {
        m_error = m_store.lastError();
        return result;
    }
    if (!result.ok()) {
        // Never what was typed for an unknown number or badge: a PIN typed into the number field
        // by mistake, or a badge's code (as good as a key), must not reach the journal.
        QJsonObject details{{QStringLiteral("method"),
                             result.byBadge ? QStringLiteral("badge") : QStringLiteral("number")},
                            {QStringLiteral("outcome"), outcomeKey(result.outcome)}};
        AuditActor who;
        if (result.outcome != SignIn::Outcome::Unknown) {
            const std::optional<Operator> op =
                result.byBadge ? m_store.byBadge(typed) : m_store.byNumber(typed);
            if (op) {
                who = AuditActor::of(*op);
                details.insert(QStringLiteral("operatorNumber"), op->number);
            }
        }
        if (result.lockedUntil.isValid())
            details.insert(QStringLiteral("lockedUntil"),
                           result.lockedUntil.toUTC().toString(Qt::ISODateWithMs));
        if (!m_journal.append(QString::fromLatin1(auditkind::kSignInFailed), who, details)) {
            m_error = m_journal.lastError();
            qCWarning(lcSession).noquote()
                << "failed sign-in not journalled:" << m_error.shortText();
        }
        return result;
    }

    const Operator op = *result.op;
    if (isSignedIn())
        signOut(QStringLiteral("switched"));
    // Fail closed: a sign-in the journal cannot record does not happen.
    const QJsonObject details{{QStringLiteral("method"),
                               result.byBadge ? QStringLiteral("badge") : QStringLiteral("number")},
                              {QStringLiteral("operatorNumber"), op.number},
                              {QStringLiteral("role"), toString(op.role)},
                              {QStringLiteral("sessionRole"), toString(result.sessionRole)}};
    if (!m_journal.append(QString::fromLatin1(auditkind::kSignIn), op, details)) {
        m_error = m_journal.lastError();
        SignIn failed;
        failed.outcome = SignIn::Outcome::Failed;
        failed.message = tr("Nobody was signed in: the audit journal could not be written (%1).")
                             .arg(m_error.message);
        return failed;
    }
    m_machine = false;
    m_current = op;
    m_role = result.sessionRole;
    m_byBadge = result.byBadge;
    qCInfo(lcSession).noquote() << "operator" << op.number << "signed in as" << toString(m_role)
                                << (m_byBadge ? "(badge)" : "");
    Q_EMIT signedIn(op);
    return result;
}

void OperatorSession::signOut(const QString& reason) {
    if (!isSignedIn())
        return;
    // Signing out always happens, journalled or not: a lock that could fail is no lock.
    if (!m_machine)
        journal(QString::fromLatin1(auditkind::kSignOut), {{QStringLiteral("reason"), reason}});
    m_current.reset();
    m_role = Role::Cashier;
    m_byBadge = false;
    m_machine = false;
    Q_EMIT signedOut();
}

SignIn OperatorSession::authorise(Action action, const QString& number, const QByteArray& pin,
                                  const QString& reason) {
    m_error = {};
    SignIn result = m_store.authorise(action, number, pin, reason);
    if (result.outcome == SignIn::Outcome::Failed) {
        m_error = m_store.lastError();
        return result;
    }
    if (result.outcome == SignIn::Outcome::Invalid)
        return result; // nothing was tried: no reason given
    const QString forName = operatorName();
    if (!result.ok()) {
        QJsonObject details{{QStringLiteral("method"), QStringLiteral("override")},
                            {QStringLiteral("action"), actionKey(action)},
                            {QStringLiteral("outcome"), outcomeKey(result.outcome)},
                            {QStringLiteral("forOperator"), forName}};
        AuditActor who;
        if (result.outcome != SignIn::Outcome::Unknown) {
            if (const std::optional<Operator> op =
                    result.op ? result.op : m_store.byNumber(number)) {
                who = AuditActor::of(*op);
                details.insert(QStringLiteral("operatorNumber"), op->number);
            }
        }
        if (!m_journal.append(QString::fromLatin1(auditkind::kSignInFailed), who, details))
            m_error = m_journal.lastError();
        return result;
    }
    const Override& grant = *result.grant;
    // The supervisor is the actor (their PIN decided); the entry says for whom and why.
    const QJsonObject details{{QStringLiteral("action"), actionKey(action)},
                              {QStringLiteral("actionName"), actionName(action)},
                              {QStringLiteral("supervisorNumber"), grant.supervisor.number},
                              {QStringLiteral("reason"), grant.reason},
                              {QStringLiteral("forOperator"), forName},
                              {QStringLiteral("forOperatorId"), actor().id}};
    if (!m_journal.append(QString::fromLatin1(auditkind::kOverride), grant.supervisor, details)) {
        // An override nobody could ever see is not given.
        m_error = m_journal.lastError();
        SignIn failed;
        failed.outcome = SignIn::Outcome::Failed;
        failed.message =
            tr("Not authorised: the audit journal could not be written (%1).").arg(m_error.message);
        return failed;
    }
    qCInfo(lcSession).noquote() << "override of" << actionKey(action) << "by operator"
                                << grant.supervisor.number;
    return result;
}

} // namespace checkstand
