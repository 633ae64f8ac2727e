// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditjournal.h"

#include "operators/operatorstore.h"
#include "validation/luhn.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcAudit, "checkstand.audit", QtInfoMsg)

namespace checkstand {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a tr() function of our own, so that lupdate files
// the texts under the context they are looked up in at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::AuditJournal)
};

const QString kColumns =
    QStringLiteral("seq, at, kind, operator_id, operator_name, details, prev_hash, hash");

// How far from its place verify() looks for the number an entry was written under, to tell a
// moved entry (rows inserted or removed and the rest renumbered) from a changed one.
constexpr qint64 kMoveSearch = 64;

// Words of a key: "cardNumber" -> card, number; "x-api-key" -> x, api, key; "CVC2" -> cvc, 2.
QStringList wordsOf(const QString& key) {
    QStringList words;
    QString current;
    QChar previous;
    for (const QChar c : key) {
        const bool boundary =
            !c.isLetterOrNumber() || (!current.isEmpty() && ((previous.isLower() && c.isUpper()) ||
                                                             previous.isLetter() != c.isLetter()));
        if (boundary && !current.isEmpty()) {
            words.append(current);
            current.clear();
        }
        if (c.isLetterOrNumber())
            current += c.toLower();
        previous = c;
    }
    if (!current.isEmpty())
        words.append(current);
    return words;
}

// By word, not by substring: "shipping" holds "pin" and "monkey" holds "key", and neither is a
// secret; "newPin", "apiKey" and "card_number" are.
bool isSecretKey(const QString& key) {
    static const QSet<QString> secret = {
        QStringLiteral("pin"),           QStringLiteral("pins"),
        QStringLiteral("pwd"),           QStringLiteral("password"),
        QStringLiteral("passwd"),        QStringLiteral("passphrase"),
        QStringLiteral("passcode"),      QStringLiteral("secret"),
        QStringLiteral("secrets"),       QStringLiteral("key"),
        QStringLiteral("keys"),          QStringLiteral("apikey"),
        QStringLiteral("token"),         QStringLiteral("tokens"),
        QStringLiteral("cvc"),           QStringLiteral("cvv"),
        QStringLiteral("card"),          QStringLiteral("cards"),
        QStringLiteral("pan"),           QStringLiteral("track"),
        QStringLiteral("credential"),    QStringLiteral("credentials"),
        QStringLiteral("authorization"),
    };
    // The vendor's reference for a card is no card data, and refunds need it.
    if (key.compare(u"cardReference", Qt::CaseInsensitive) == 0)
        return false;
    const QStringList words = wordsOf(key);
    return std::any_of(words.begin(), words.end(),
                       [](const QString& w) { return secret.contains(w); });
}

QJsonValue scrubValue(const QJsonValue& v);

QJsonArray scrubArray(const QJsonArray& a) {
    QJsonArray out;
    for (const QJsonValue& v : a)
        out.append(scrubValue(v));
    return out;
}

QJsonValue scrubValue(const QJsonValue& v) {
    switch (v.type()) {
    case QJsonValue::Object:
        return AuditJournal::scrub(v.toObject());
    case QJsonValue::Array:
        return scrubArray(v.toArray());
    case QJsonValue::String:
        return AuditJournal::maskCardNumbers(v.toString());
    case QJsonValue::Double: {
        // As strings: how a double is written is not something a hash should depend on.
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9007199254740992.0)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    default:
        return v;
    }
}

std::optional<AuditEntry> entryFrom(const QSqlQuery& q, bool* detailsOk) {
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.kind = q.value(2).toString();
    e.operatorId = q.value(3).toString();
    e.operatorName = q.value(4).toString();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(5).toString().toUtf8(), &error);
    *detailsOk = error.error == QJsonParseError::NoError && doc.isObject();
    e.details = doc.object();
    e.prevHash = q.value(6).toString();
    e.hash = q.value(7).toString();
    return e;
}

QString range(qint64 first, qint64 last) {
    return first == last ? QString::number(first)
                         : Tr::tr("%1 to %2").arg(QString::number(first), QString::number(last));
}

} // namespace

QString toString(AuditVerify::Problem problem) {
    using P = AuditVerify::Problem;
    switch (problem) {
    case P::None:
        return QStringLiteral("none");
    case P::Altered:
        return QStringLiteral("altered");
    case P::Removed:
        return QStringLiteral("removed");
    case P::Inserted:
        return QStringLiteral("inserted");
    case P::Reordered:
        return QStringLiteral("reordered");
    case P::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

AuditActor AuditActor::of(const Operator& op) {
    return {op.id, op.name};
}

AuditJournal::AuditJournal(const Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock) {}

QString AuditJournal::createTableSql() {
    return QStringLiteral("CREATE TABLE audit_journal (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, "
                          "kind TEXT NOT NULL, operator_id TEXT, operator_name TEXT, "
                          "details TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);"
                          "CREATE INDEX audit_journal_at ON audit_journal(at);"
                          "CREATE INDEX audit_journal_kind ON audit_journal(kind)");
}

bool AuditJournal::installGuards(const Database& db, StorageError& error) {
    for (const char* op : {"UPDATE", "DELETE"}) {
        const QString name = QLatin1String(op).toString().toLower();
        QSqlQuery q(db.db());
        if (!db.run(q,
                    u"CREATE TRIGGER IF NOT EXISTS audit_journal_no_" + name + u" BEFORE " +
                        QLatin1String(op) +
                        u" ON audit_journal BEGIN SELECT RAISE(ABORT, 'the audit journal is "
                        u"append-only'); END",
                    {}, error))
            return false;
    }
    return true;
}

bool AuditJournal::run(QSqlQuery& q, const QString& sql, const QVariantList& values) const {
    return m_db.run(q, sql, values, m_error);
}

QString AuditJournal::zeroHash() {
    return QString(64, u'0');
}

QString AuditJournal::maskCardNumbers(const QString& text) {
    // 13 to 19 digits, maybe grouped by single spaces or dashes, not inside a longer number.
    static const QRegularExpression run(
        QStringLiteral("(?<![0-9])[0-9](?:[ -]?[0-9]){12,18}(?![0-9])"));
    QString out;
    qsizetype from = 0;
    for (QRegularExpressionMatchIterator it = run.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString digits = m.captured();
        digits.remove(u' ');
        digits.remove(u'-');
        out += QStringView(text).mid(from, m.capturedStart() - from);
        if (luhnValid(digits))
            out += QStringLiteral("****") + digits.right(4);
        else
            out += m.captured();
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

QJsonObject AuditJournal::scrub(const QJsonObject& details) {
    QJsonObject out;
    for (auto it = details.begin(); it != details.end(); ++it) {
        if (isSecretKey(it.key())) {
            // The key's name only: its value is what must not be written anywhere.
            qCWarning(lcAudit).noquote() << "journal detail" << it.key() << "dropped (secret)";
            continue;
        }
        out.insert(it.key(), scrubValue(it.value()));
    }
    return out;
}

QByteArray AuditJournal::canonical(const AuditEntry& e) {
    QJsonObject o;
    o.insert(QStringLiteral("seq"), QString::number(e.seq));
    o.insert(QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("kind"), e.kind);
    o.insert(QStringLiteral("operatorId"), e.operatorId);
    o.insert(QStringLiteral("operatorName"), e.operatorName);
    o.insert(QStringLiteral("details"), e.details);
    o.insert(QStringLiteral("prevHash"), e.prevHash);
    // QJsonObject keeps its keys sorted, and toJson() writes them in that order.
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString AuditJournal::hashOf(const AuditEntry& e) {
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArray::fromHex(e.prevHash.toLatin1()));
    h.addData(canonical(e));
    return QString::fromLatin1(h.result().toHex());
}

bool AuditJournal::append(const QString& kind, const Operator& op, const QJsonObject& details) {
    return append(kind, AuditActor::of(op), details);
}

bool AuditJournal::append(const QString& kind, const AuditActor& actor,
                          const QJsonObject& details) {
    static const QRegularExpression kindPattern(QStringLiteral("^[A-Za-z][A-Za-z0-9.]{0,39}$"));
    m_error = {};
    if (!kindPattern.match(kind).hasMatch()) {
        m_error = StorageError::make(StorageError::Kind::Other, m_db.path(),
                                     Tr::tr("not a journal entry kind: %1").arg(kind.left(40)));
        return false;
    }
    AuditEntry e;
    e.at = m_clock.now().toUTC();
    e.kind = kind;
    e.operatorId = actor.id;
    e.operatorName = actor.name;
    e.details = scrub(details);
    if (!m_db.begin(m_error))
        return false;
    QSqlQuery last(m_db.db());
    if (!run(last,
             QStringLiteral("SELECT seq, hash FROM audit_journal ORDER BY seq DESC LIMIT 1"))) {
        m_db.rollback();
        return false;
    }
    e.seq = 1;
    e.prevHash = zeroHash();
    if (last.next()) {
        e.seq = last.value(0).toLongLong() + 1;
        e.prevHash = last.value(1).toString();
    }
    if (!m_db.finished(last, m_error)) {
        m_db.rollback();
        return false;
    }
    last.finish();
    e.hash = hashOf(e);
    QSqlQuery insert(m_db.db());
    if (!run(insert,
             QStringLiteral("INSERT INTO audit_journal (") + kColumns +
                 u") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
             {e.seq, e.at.toString(Qt::ISODateWithMs), e.kind, e.operatorId, e.operatorName,
              QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)),
              e.prevHash, e.hash}) ||
        !m_db.commit(m_error)) {
        m_db.rollback();
        return false;
    }
    return true;
}

QList<AuditEntry> AuditJournal::list(const AuditFilter& filter) const {
    m_error = {};
    QStringList where;
    QVariantList values;
    if (filter.from.isValid()) {
        where << QStringLiteral("at >= ?");
        values << filter.from.toUTC().toString(Qt::ISODateWithMs);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("at < ?");
        values << filter.to.toUTC().toString(Qt::ISODateWithMs);
    }
    if (!filter.kind.isEmpty()) {
        where << QStringLiteral("kind = ?");
        values << filter.kind;
    }
    if (!filter.operatorName.isEmpty()) {
        where << QStringLiteral("operator_name = ? COLLATE NOCASE");
        values << filter.operatorName;
    }
    values << std::max(0, filter.limit);
    QSqlQuery q(m_db.db());
    if (!run(q,
             QStringLiteral("SELECT ") + kColumns + u" FROM audit_journal" +
                 (where.isEmpty() ? QString() : u" WHERE " + where.join(u" AND ")) +
                 u" ORDER BY seq DESC LIMIT ?",
             values))
        return {};
    QList<AuditEntry> out;
    while (q.next()) {
        bool detailsOk = false;
        if (const std::optional<AuditEntry> e = entryFrom(q, &detailsOk))
            out.prepend(*e);
    }
    if (!m_db.finished(q, m_error))
        return {};
    return out;
}

QString AuditJournal::head() const {
    m_error = {};
    QSqlQuery q(m_db.db());
    if (!run(q, QStringLiteral("SELECT hash FROM audit_journal ORDER BY seq DESC LIMIT 1")))
        return {};
    const QString hash = q.next() ? q.value(0).toString() : zeroHash();
    if (!m_db.finished(q, m_error))
        return {};
    return hash;
}

std::optional<qint64> AuditJournal::seqWithHash(const QString& hash, qint64 seq,
                                                bool earlier) const {
    // Asked only once something is wrong, so a full scan is fine; keeping every hash seen in
    // memory instead would grow with the journal (years of entries).
    QSqlQuery q(m_db.db());
    if (!run(q,
             earlier ? QStringLiteral("SELECT seq FROM audit_journal WHERE hash = ? AND seq < ? "
                                      "ORDER BY seq DESC LIMIT 1")
                     : QStringLiteral("SELECT seq FROM audit_journal WHERE hash = ? AND seq > ? "
                                      "ORDER BY seq LIMIT 1"),
             {hash, seq}))
        return std::nullopt;
    const qint64 found = q.next() ? q.value(0).toLongLong() : 0;
    if (!m_db.finished(q, m_error))
        return std::nullopt;
    return found;
}

AuditVerify AuditJournal::verify() const {
    using P = AuditVerify::Problem;
    m_error = {};
    AuditVerify result;
    const auto bad = [&result](P problem, qint64 seq, const QString& message) {
        result.ok = false;
        result.problem = problem;
        result.firstBadSeq = seq;
        result.message = message;
        return result;
    };
    QSqlQuery q(m_db.db());
    if (!run(q, QStringLiteral("SELECT ") + kColumns + u" FROM audit_journal ORDER BY seq"))
        return bad(P::Failed, 0, m_error.message);
    QString prev = zeroHash();
    qint64 expected = 1;
    while (q.next()) {
        bool detailsOk = false;
        AuditEntry e = *entryFrom(q, &detailsOk);
        const qint64 seq = e.seq;
        // Which number was this entry written under? Its own, unless it was moved.
        qint64 writtenAs = 0;
        if (detailsOk && hashOf(e) == e.hash) {
            writtenAs = seq;
        } else if (detailsOk) {
            for (qint64 d = 1; d <= kMoveSearch && writtenAs == 0; ++d) {
                for (const qint64 k : {seq - d, seq + d}) {
                    if (k < 1)
                        continue;
                    e.seq = k;
                    if (hashOf(e) == e.hash) {
                        writtenAs = k;
                        break;
                    }
                }
            }
            e.seq = seq;
        }
        if (writtenAs == 0)
            return bad(P::Altered, seq,
                       Tr::tr("Entry %1 was changed after it was written.").arg(seq));

        if (writtenAs == seq) {
            if (seq != expected) {
                const QString missing = range(expected, seq - 1);
                const int count = int(seq - expected);
                const QString from = QString::number(expected - 1);
                const QString to = QString::number(seq);
                QString message;
                if (expected == 1)
                    message = count == 1
                                  ? Tr::tr("Entry %1 is missing: the journal starts at %2.")
                                        .arg(missing, to)
                                  : Tr::tr("Entries %1 are missing: the journal starts at %2.")
                                        .arg(missing, to);
                else
                    message =
                        count == 1
                            ? Tr::tr("Entry %1 is missing: the journal jumps from %2 to %3.")
                                  .arg(missing, from, to)
                            : Tr::tr("Entries %1 are missing: the journal jumps from %2 to %3.")
                                  .arg(missing, from, to);
                return bad(P::Removed, expected, message);
            }
            if (e.prevHash != prev) {
                if (seq == 1)
                    return bad(P::Altered, seq,
                               Tr::tr("Entry %1 was changed after it was written.").arg(seq));
                const std::optional<qint64> found = seqWithHash(e.prevHash, seq, true);
                if (!found)
                    return bad(P::Failed, 0, m_error.message);
                const qint64 after = *found;
                if (after > 0 && after < seq - 1)
                    return bad(
                        P::Inserted, after + 1,
                        (after + 1 == seq - 1
                             ? Tr::tr("Entry %1 was inserted: entry %2 was written straight "
                                      "after entry %3.")
                             : Tr::tr("Entries %1 were inserted: entry %2 was written straight "
                                      "after entry %3."))
                            .arg(range(after + 1, seq - 1), QString::number(seq),
                                 QString::number(after)));
                return bad(P::Inserted, seq - 1,
                           Tr::tr("Entry %1 was replaced or inserted: entry %2 was not written "
                                  "after it.")
                               .arg(QString::number(seq - 1), QString::number(seq)));
            }
        } else if (writtenAs < seq) {
            const std::optional<qint64> found = e.prevHash == zeroHash()
                                                    ? std::optional<qint64>(0)
                                                    : seqWithHash(e.prevHash, seq, true);
            if (!found)
                return bad(P::Failed, 0, m_error.message);
            const qint64 after = e.prevHash == zeroHash() ? 0 : (*found > 0 ? *found : -1);
            if (after >= 0 && after < seq - 1)
                return bad(P::Inserted, after + 1,
                           (after + 1 == seq - 1
                                ? Tr::tr("Entry %1 was inserted: entry %2 was written as entry %3, "
                                         "straight after entry %4.")
                                : Tr::tr("Entries %1 were inserted: entry %2 was written as entry "
                                         "%3, straight after entry %4."))
                               .arg(range(after + 1, seq - 1), QString::number(seq),
                                    QString::number(writtenAs), QString::number(after)));
            return bad(P::Reordered, seq,
                       Tr::tr("Entry %1 is out of place: it was written as entry %2.")
                           .arg(QString::number(seq), QString::number(writtenAs)));
        } else {
            // Written further on: either entries before it were removed and the rest
            // renumbered, or it was swapped with a later entry (whose hash it then follows).
            const std::optional<qint64> later = seqWithHash(e.prevHash, seq, false);
            if (!later)
                return bad(P::Failed, 0, m_error.message);
            const bool swapped = *later > 0;
            if (swapped)
                return bad(P::Reordered, seq,
                           Tr::tr("Entry %1 is out of place: it was written as entry %2.")
                               .arg(QString::number(seq), QString::number(writtenAs)));
            const QString removed = range(seq, writtenAs - 1);
            const QString now = QString::number(seq);
            const QString was = QString::number(writtenAs);
            return bad(P::Removed, seq,
                       writtenAs - seq == 1
                           ? Tr::tr("The entry written as %1 was removed and the later ones "
                                    "renumbered: entry %2 was written as entry %3.")
                                 .arg(removed, now, was)
                           : Tr::tr("The entries written as %1 were removed and the later ones "
                                    "renumbered: entry %2 was written as entry %3.")
                                 .arg(removed, now, was));
        }
        prev = e.hash;
        expected = seq + 1;
        ++result.checked;
    }
    if (!m_db.finished(q, m_error))
        return bad(P::Failed, 0, m_error.message);
    result.ok = true;
    result.problem = P::None;
    result.message = result.checked == 1 ? Tr::tr("The one entry is intact.")
                                         : Tr::tr("All %1 entries are intact.").arg(result.checked);
    return result;
}

} // namespace checkstand
