// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace checkstand::redaction {

namespace {

const QString kRedacted = QStringLiteral("[redacted]");
const QString kCardMask = QStringLiteral("[card number]");

// Shorter "secrets" would match ordinary words and numbers everywhere.
constexpr qsizetype kMinSecretLength = 4;
// Vendor text is read this far at most: every error message worth showing is shorter, and the
// regular expressions below then run on a bounded input whatever the reply's size.
constexpr qsizetype kMaxScannedChars = 16 * 1024;

QJsonValue redactValue(const QJsonValue& v, int depth) {
    if (depth > 64)
        return kRedacted;
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = isSensitiveKey(it.key()) ? QJsonValue(kRedacted)
                                                  : redactValue(it.value(), depth + 1);
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = redactValue(a.at(i), depth + 1);
        return a;
    }
    return v;
}

// Characters that change how text looks without being text: bidi overrides and isolates
// (an "evil" reordering of what the operator reads), zero-width characters (hide a word inside
// another), line and paragraph separators.
bool isInvisibleFormat(char32_t c) {
    return c == 0x061C || (c >= 0x200B && c <= 0x200F) || (c >= 0x2028 && c <= 0x202E) ||
           (c >= 0x2060 && c <= 0x2069) || c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB);
}

bool isControl(char32_t c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

// The length of an escape sequence starting at `i` (ESC or the C1 CSI), so it is removed
// whole: "\x1b[31m" must not leave "[31m" behind.
qsizetype escapeLength(QStringView t, qsizetype i) {
    const char16_t first = t[i].unicode();
    qsizetype j = i + 1;
    bool csi = first == 0x9B;
    bool string = false; // OSC, DCS, SOS, PM, APC: run to BEL or ST
    if (first == 0x1B && j < t.size()) {
        const char16_t second = t[j].unicode();
        ++j;
        csi = second == u'[';
        string =
            second == u']' || second == u'P' || second == u'X' || second == u'^' || second == u'_';
        if (!csi && !string)
            return j - i; // a two-character escape
    }
    if (csi) {
        // Parameters and intermediates (0x20-0x3F), then one final byte (0x40-0x7E).
        while (j < t.size() && t[j].unicode() >= 0x20 && t[j].unicode() <= 0x3F)
            ++j;
        if (j < t.size() && t[j].unicode() >= 0x40 && t[j].unicode() <= 0x7E)
            ++j;
        return j - i;
    }
    if (string) {
        while (j < t.size()) {
            const char16_t c = t[j].unicode();
            if (c == 0x07 || c == 0x9C)
                return j + 1 - i;
            if (c == 0x1B && j + 1 < t.size() && t[j + 1] == u'\\')
                return j + 2 - i;
            ++j;
        }
        return j - i;
    }
    return j - i;
}

// Step 1 of vendorText(): only text is left. Line breaks and tabs become spaces.
QString stripControls(QStringView t) {
    QString out;
    out.reserve(t.size());
    for (qsizetype i = 0; i < t.size();) {
        const QChar c = t[i];
        if (c.unicode() == 0x1B || c.unicode() == 0x9B) {
            i += escapeLength(t, i);
            continue;
        }
        if (c.isHighSurrogate() && i + 1 < t.size() && t[i + 1].isLowSurrogate()) {
            out += c;
            out += t[i + 1];
            i += 2;
            continue;
        }
        ++i;
        if (c.isSurrogate())
            continue; // unpaired: not a character at all
        const char32_t u = c.unicode();
        if (u == u'\t' || u == u'\n' || u == u'\r') {
            out += u' ';
            continue;
        }
        if (isControl(u) || isInvisibleFormat(u))
            continue;
        out += c;
    }
    return out;
}

void removeSecrets(QString& text, const QStringList& secrets) {
    for (const QString& secret : secrets) {
        if (secret.size() < kMinSecretLength)
            continue;
        text.replace(secret, kRedacted, Qt::CaseInsensitive);
        // A server that logs the query or form it was sent may repeat the key percent-encoded.
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded != secret)
            text.replace(encoded, kRedacted, Qt::CaseInsensitive);
    }
}

// Replaces capture group `valueGroup` of every match whose group `keyGroup` names a sensitive
// key (or of every match when keyGroup is 0).
void redactMatches(QString& text, const QRegularExpression& re, int keyGroup, int valueGroup,
                   const QString& replacement) {
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (keyGroup > 0 && !isSensitiveKey(m.capturedView(keyGroup)))
            continue;
        if (m.capturedStart(valueGroup) < last)
            continue; // inside a value already replaced
        out += QStringView(text).mid(last, m.capturedStart(valueGroup) - last);
        out += replacement;
        last = m.capturedEnd(valueGroup);
    }
    if (last == 0)
        return;
    out += QStringView(text).mid(last);
    text = out;
}

void redactKeyValues(QString& text) {
    // The value is captured in a lookahead: a pair that is not sensitive consumes only its key,
    // so a key hidden in its value ("you sent {\"cvc\":\"123\"}") is still found.
    // "cvc":"123", \"apiKey\": \"k\", "pin": 1234 -- an echoed JSON body.
    static const QRegularExpression json(QStringLiteral(
        R"re(\\?"([A-Za-z0-9_.\-]{1,64})\\?"\s*:\s*(?=(\\?"[^"]{0,1024}?\\?"|[^\s,"}\]]{1,256})))re"));
    redactMatches(text, json, 1, 2, QStringLiteral("\"[redacted]\""));
    // Authorization: Bearer k, x-acme-api-key=k, Api-Key: k -- echoed headers or a query.
    static const QRegularExpression header(QStringLiteral(
        R"re((?<![A-Za-z0-9_\-])([A-Za-z][A-Za-z0-9_\-]{1,63})\s*[:=]\s*(?=([^\s"',;&}\]\[][^\s"',;&}\]]{0,511})))re"));
    redactMatches(text, header, 1, 2, kRedacted);
}

void redactTokens(QString& text) {
    static const QRegularExpression bearer(
        QStringLiteral(R"re(\b[Bb]earer\s+([^\s;,\[][^\s;,]{3,}))re"));
    redactMatches(text, bearer, 0, 1, kRedacted);
    static const QRegularExpression basic(
        QStringLiteral(R"re(\bBasic\s+([A-Za-z0-9+/]{12,}=*))re"));
    redactMatches(text, basic, 0, 1, kRedacted);
}

void redactCvcPhrases(QString& text) {
    // "CVC 123", "cvv: 1234", "security code was 123", "securityCode=123".
    static const QRegularExpression cvc(QStringLiteral(
        R"re((?i)\b(?:cvc2?|cvv2?|cvn|csc|security[ _\-]?code|card[ _\-]?code|verification[ _\-]?(?:code|value))\b)re"
        R"re([^0-9A-Za-z]{0,6}(?:(?:is|was|of|code|number|value)[^0-9A-Za-z]{1,6})?(\d{3,4})(?!\d))re"));
    redactMatches(text, cvc, 0, 1, kRedacted);
}

bool luhn(const QList<int>& digits, qsizetype from, qsizetype count) {
    int sum = 0;
    bool twice = false;
    for (qsizetype i = from + count - 1; i >= from; --i) {
        int v = digits.at(i);
        if (twice) {
            v *= 2;
            if (v > 9)
                v -= 9;
        }
        sum += v;
        twice = !twice;
    }
    return sum % 10 == 0;
}

bool isSeparator(QChar c) {
    return c == u' ' || c == u'-' || c.unicode() == 0x00A0;
}

struct DigitRun {
    qsizetype start = 0;
    qsizetype end = 0; // one past the last digit
    QList<int> digits;
};

// Runs of digits with at most one separator between two digits, e.g. "4242 4242-4242 4242".
// Any decimal digit counts (a fullwidth "４" is still a 4 to whoever reads it).
QList<DigitRun> digitRuns(QStringView t) {
    QList<DigitRun> runs;
    DigitRun run;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t[i];
        if (c.isDigit()) {
            if (run.digits.isEmpty())
                run.start = i;
            run.digits.append(c.digitValue());
            run.end = i + 1;
            continue;
        }
        if (!run.digits.isEmpty() && isSeparator(c) && i + 1 < t.size() && t[i + 1].isDigit() &&
            run.end == i)
            continue;
        if (!run.digits.isEmpty())
            runs.append(run);
        run = DigitRun();
    }
    if (!run.digits.isEmpty())
        runs.append(run);
    return runs;
}

// A run holds a card number when any 13-19 digit window of it passes Luhn: a card number run
// together with other digits ("4242424242424242123") is still a card number.
bool holdsCardNumber(const DigitRun& run) {
    const qsizetype n = run.digits.size();
    for (qsizetype length = 13; length <= 19 && length <= n; ++length) {
        for (qsizetype from = 0; from + length <= n; ++from) {
            if (luhn(run.digits, from, length))
                return true;
        }
    }
    return false;
}

void maskCardNumbers(QString& text) {
    const QList<DigitRun> runs = digitRuns(text);
    for (qsizetype i = runs.size() - 1; i >= 0; --i) {
        if (holdsCardNumber(runs.at(i)))
            text.replace(runs.at(i).start, runs.at(i).end - runs.at(i).start, kCardMask);
    }
}

} // namespace

bool isSensitiveKey(QStringView key) {
    QString k = key.toString().toLower();
    k.remove(u'-');
    k.remove(u'_');
    static const QStringList exact = {
        QStringLiteral("authorization"),
        QStringLiteral("cvc"),
        QStringLiteral("cvv"),
        QStringLiteral("cvv2"),
        QStringLiteral("pan"),
        QStringLiteral("password"),
        QStringLiteral("postbackauthkey"),
        QStringLiteral("pin"),
        QStringLiteral("securitycode"),
    };
    if (exact.contains(k))
        return true;
    // Personal data: logs are for diagnosing the exchange, not for reading who bought what.
    static const QStringList personal = {QStringLiteral("firstname"),
                                         QStringLiteral("lastname"),
                                         QStringLiteral("email"),
                                         QStringLiteral("contactemail"),
                                         QStringLiteral("billingemail"),
                                         QStringLiteral("mobilephonenumber"),
                                         QStringLiteral("phonenumber"),
                                         QStringLiteral("billingphonenumber"),
                                         QStringLiteral("line1"),
                                         QStringLiteral("line2"),
                                         QStringLiteral("addressline1"),
                                         QStringLiteral("addressline2"),
                                         QStringLiteral("address1"),
                                         QStringLiteral("address2"),
                                         QStringLiteral("zipcode"),
                                         QStringLiteral("zip"),
                                         QStringLiteral("taxdocumentnumber"),
                                         QStringLiteral("birthdate"),
                                         QStringLiteral("contactfirstname"),
                                         QStringLiteral("contactlastname"),
                                         QStringLiteral("billingfirstname"),
                                         QStringLiteral("billinglastname"),
                                         QStringLiteral("billingaddress1"),
                                         QStringLiteral("billingaddress2"),
                                         QStringLiteral("billingzipcode"),
                                         QStringLiteral("recipient")};
    if (personal.contains(k))
        return true;
    for (const char* part : {"apikey", "secret", "token", "privatekey", "cardnumber"}) {
        if (k.contains(QLatin1String(part)))
            return true;
    }
    return false;
}

QString printable(QStringView text) {
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const char32_t u = c.unicode();
        // A surrogate pair is an ordinary character; only a lone surrogate is escaped.
        const bool paired =
            (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) ||
            (c.isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate());
        if (u == u'\t' || paired || (!isControl(u) && !isInvisibleFormat(u) && !c.isSurrogate())) {
            out += c;
            continue;
        }
        if (u == u'\n')
            out += QStringLiteral("\\n");
        else if (u == u'\r')
            out += QStringLiteral("\\r");
        else if (u < 0x100)
            out += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
    }
    return out;
}

QByteArray forLog(const QByteArray& body, const QStringList& knownSecrets, qsizetype maxBytes) {
    QByteArray out = body;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !doc.isNull()) {
        const QJsonValue red =
            redactValue(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), 0);
        out = red.isObject() ? QJsonDocument(red.toObject()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(red.toArray()).toJson(QJsonDocument::Compact);
    }
    // Escaped first, so that no escape sequence in a reply reaches the terminal --verbose
    // writes to, and so that the masking below sees the digits an escape puts next to others.
    QString text = printable(QString::fromUtf8(out));
    for (const QString& secret : knownSecrets) {
        if (secret.size() >= kMinSecretLength)
            text.replace(secret, kRedacted);
    }
    // What a reply repeats in free text: "Authorization: Bearer k", {\"cvc\":\"123\"}, "CVC 123".
    redactTokens(text);
    redactKeyValues(text);
    redactCvcPhrases(text);
    static const QRegularExpression panLike(QStringLiteral("\\d(?:[ -]?\\d){12,18}"));
    text.replace(panLike, QStringLiteral("[digits]"));
    out = text.toUtf8();
    if (out.size() > maxBytes)
        out = out.left(maxBytes) + "...(" + QByteArray::number(body.size()) + " bytes)";
    return out;
}

QString vendorText(QStringView text, const QStringList& sentSecrets, qsizetype maxChars) {
    QStringView in = text;
    if (in.size() > kMaxScannedChars) {
        // A secret or card number cut in two at the limit must not survive as its first half:
        // the last word goes, and a run of digits with it, separators included.
        in = in.left(kMaxScannedChars);
        while (!in.isEmpty()) {
            const QChar c = in.back();
            const bool inDigitRun = isSeparator(c) && in.size() > 1 && in[in.size() - 2].isDigit();
            if (c.isSpace() && !inDigitRun)
                break;
            in.chop(1);
        }
    }
    QString t = stripControls(in);
    removeSecrets(t, sentSecrets);
    redactTokens(t);
    redactKeyValues(t);
    redactCvcPhrases(t);
    maskCardNumbers(t);
    t = t.simplified();
    if (maxChars > 1 && t.size() > maxChars) {
        t.truncate(maxChars - 1);
        if (!t.isEmpty() && t.back().isHighSurrogate())
            t.chop(1);
        t += QChar(0x2026); // …
    }
    return t;
}

QString withoutControls(QStringView text, qsizetype maxChars) {
    return stripControls(text.left(kMaxScannedChars)).simplified().left(maxChars);
}

bool containsCardNumber(QStringView text) {
    const QList<DigitRun> runs = digitRuns(text);
    return std::any_of(runs.begin(), runs.end(), holdsCardNumber);
}

QJsonValue withoutSecrets(const QJsonValue& value, const QStringList& secrets) {
    const auto clean = [&secrets](QString s) {
        removeSecrets(s, secrets);
        return s;
    };
    if (value.isString())
        return clean(value.toString());
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = withoutSecrets(a.at(i), secrets);
        return a;
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        QJsonObject out;
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(clean(it.key()), withoutSecrets(it.value(), secrets));
        return out;
    }
    return value;
}

QByteArray withoutSecrets(const QByteArray& bytes, const QStringList& secrets) {
    QByteArray out = bytes;
    for (const QString& secret : secrets) {
        if (secret.size() >= kMinSecretLength)
            out.replace(secret.toUtf8(), kRedacted.toUtf8());
    }
    return out;
}

} // namespace checkstand::redaction
