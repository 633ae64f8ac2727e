// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogreader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace checkstand::catalogimport {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a tr() function of our own, so that lupdate files
// the texts under the context they are looked up in at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::Catalog)
};

// Big enough that the per-call cost vanishes, small enough to be nothing next to the limits.
constexpr qint64 kChunkBytes = 64 * 1024;

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

QString sizeText(qint64 bytes) {
    return QLocale::c().formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat);
}

} // namespace

// --- ByteSource -------------------------------------------------------------------------------

ByteSource::ByteSource(QIODevice& device, qint64 maxBytes)
    : m_device(device)
    , m_maxBytes(maxBytes) {}

bool ByteSource::ensure(qsizetype bytes) {
    while (m_buffer.size() - m_pos < bytes) {
        if (m_eof || failed())
            return false;
        // Drop what was consumed: the buffer holds at most one chunk and the unread tail.
        if (m_pos > 0) {
            m_buffer.remove(0, m_pos);
            m_pos = 0;
        }
        const qsizetype had = m_buffer.size();
        m_buffer.resize(had + kChunkBytes);
        const qint64 got = m_device.read(m_buffer.data() + had, kChunkBytes);
        m_buffer.resize(had + qMax<qint64>(got, 0));
        if (got < 0) {
            m_readError = m_device.errorString();
            return false;
        }
        if (got == 0) {
            m_eof = true;
            continue;
        }
        // Counted as read, not as consumed: a stream that goes on past the limit is refused
        // even when the bytes beyond it are never looked at.
        m_read += got;
        if (m_read > m_maxBytes) {
            m_tooLarge = true;
            return false;
        }
    }
    return true;
}

bool ByteSource::next(char& c) {
    if (m_pos >= m_buffer.size() && !ensure(1))
        return false;
    c = m_buffer.at(m_pos++);
    ++m_offset;
    return true;
}

bool ByteSource::peek(char& c) {
    if (m_pos >= m_buffer.size() && !ensure(1))
        return false;
    c = m_buffer.at(m_pos);
    return true;
}

void ByteSource::skipBom() {
    if (m_offset == 0 && ensure(3) && m_buffer.mid(m_pos, 3) == QByteArrayLiteral("\xEF\xBB\xBF")) {
        m_pos += 3;
        m_offset += 3;
    }
}

int ByteSource::skipSpace() {
    int lines = 0;
    bool afterCr = false;
    char c = 0;
    while (peek(c) && isSpace(c)) {
        next(c);
        if (c == '\r' || (c == '\n' && !afterCr))
            ++lines;
        afterCr = c == '\r';
    }
    return lines;
}

// --- CSV --------------------------------------------------------------------------------------

CsvReader::CsvReader(ByteSource& source, int maxRecordBytes, int firstLine)
    : m_source(source)
    , m_maxRecordBytes(maxRecordBytes)
    , m_line(firstLine) {}

bool CsvReader::next(QStringList& fields, int& line) {
    fields.clear();
    QByteArray field;
    bool quoted = false;
    bool any = false;
    qint64 recordBytes = 0;
    int recordLine = m_line;
    char c = 0;
    while (m_source.next(c)) {
        // One record is one product: anything this long is not a catalog (or /dev/zero).
        if (++recordBytes > m_maxRecordBytes) {
            m_error = Tr::tr("Line %1 is longer than %2, which no product row is: this is not a "
                             "catalog file.")
                          .arg(recordLine)
                          .arg(sizeText(m_maxRecordBytes));
            return false;
        }
        if (quoted) {
            char n = 0;
            if (c == '"' && m_source.peek(n) && n == '"') {
                field += '"';
                m_source.next(n);
            } else if (c == '"') {
                quoted = false;
            } else {
                if (c == '\n')
                    ++m_line;
                field += c;
            }
            continue;
        }
        if (c == '"') {
            quoted = true;
            any = true;
        } else if (c == ',') {
            fields << QString::fromUtf8(field);
            field.clear();
            any = true;
        } else if (c == '\n' || c == '\r') {
            char n = 0;
            if (c == '\r' && m_source.peek(n) && n == '\n')
                m_source.next(n);
            ++m_line;
            if (any || !field.isEmpty()) {
                fields << QString::fromUtf8(field);
                line = recordLine;
                return true;
            }
            // A blank line: not a record.
            fields.clear();
            field.clear();
            recordBytes = 0;
            recordLine = m_line;
        } else {
            field += c;
            any = true;
        }
    }
    if (m_source.failed())
        return false;
    if (any || !field.isEmpty()) {
        fields << QString::fromUtf8(field);
        line = recordLine;
        return true;
    }
    return false;
}

// --- JSON -------------------------------------------------------------------------------------

JsonListReader::JsonListReader(ByteSource& source, int maxEntryBytes)
    : m_source(source)
    , m_maxEntryBytes(maxEntryBytes) {}

bool JsonListReader::fail(const QString& what) {
    // A read error or the size limit is the caller's to word (it knows the file's name).
    if (!m_source.failed())
        m_error = what;
    return false;
}

bool JsonListReader::expect(char wanted, const char* where) {
    char c = 0;
    if (m_source.next(c) && c == wanted)
        return true;
    return fail(Tr::tr("Not valid JSON: expected \"%1\" %2 at byte %3")
                    .arg(QLatin1Char(wanted))
                    .arg(Tr::tr(where))
                    .arg(m_source.offset()));
}

bool JsonListReader::readString(QByteArray& raw, bool keep) {
    char c = 0;
    if (!m_source.next(c) || c != '"')
        return fail(Tr::tr("Not valid JSON: expected a string at byte %1").arg(m_source.offset()));
    if (keep)
        raw += c;
    while (m_source.next(c)) {
        if (keep) {
            raw += c;
            if (raw.size() > m_maxEntryBytes)
                return fail(
                    Tr::tr("Not valid JSON: entry %1 is longer than %2, which no product is")
                        .arg(m_position)
                        .arg(sizeText(m_maxEntryBytes)));
        }
        if (c == '\\') {
            if (!m_source.next(c))
                break;
            if (keep)
                raw += c;
        } else if (c == '"') {
            return true;
        }
    }
    return fail(
        Tr::tr("Not valid JSON: the file ends inside a string at byte %1").arg(m_source.offset()));
}

bool JsonListReader::readValue(QByteArray& raw, bool keep) {
    char c = 0;
    if (!m_source.peek(c))
        return fail(
            Tr::tr("Not valid JSON: the file ends early at byte %1").arg(m_source.offset()));
    if (c == '"')
        return readString(raw, keep);
    const auto tooLong = [&] {
        return fail(Tr::tr("Not valid JSON: entry %1 is longer than %2, which no product is")
                        .arg(m_position)
                        .arg(sizeText(m_maxEntryBytes)));
    };
    if (c == '{' || c == '[') {
        // The entry's brackets are only counted here; QJsonDocument checks the entry itself.
        int depth = 0;
        while (m_source.peek(c)) {
            if (c == '"') {
                if (!readString(raw, keep))
                    return false;
                continue;
            }
            m_source.next(c);
            if (keep) {
                raw += c;
                if (raw.size() > m_maxEntryBytes)
                    return tooLong();
            }
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return true;
        }
        return fail(
            Tr::tr("Not valid JSON: the file ends early at byte %1").arg(m_source.offset()));
    }
    // A number, true, false or null: up to the next separator.
    bool any = false;
    while (m_source.peek(c) && !isSpace(c) && c != ',' && c != ']' && c != '}') {
        m_source.next(c);
        any = true;
        if (keep) {
            raw += c;
            if (raw.size() > m_maxEntryBytes)
                return tooLong();
        }
    }
    if (!any)
        return fail(Tr::tr("Not valid JSON: expected a value at byte %1").arg(m_source.offset()));
    return true;
}

bool JsonListReader::readKey(QString& key) {
    QByteArray raw;
    if (!readString(raw, true))
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + raw + ']');
    key = doc.array().at(0).toString();
    return true;
}

bool JsonListReader::start() {
    const QString notAList = Tr::tr("Expected a list of products (or {\"products\": [...]}).");
    m_source.skipSpace();
    char c = 0;
    if (!m_source.next(c))
        return fail(Tr::tr("The file is empty."));
    if (c == '[')
        return true;
    if (c != '{')
        return fail(notAList);
    m_inObject = true;
    m_source.skipSpace();
    if (m_source.peek(c) && c == '}')
        return fail(notAList);
    for (;;) {
        m_source.skipSpace();
        QString key;
        if (!readKey(key))
            return false;
        m_source.skipSpace();
        if (!expect(':', QT_TRANSLATE_NOOP("checkstand::Catalog", "after a key")))
            return false;
        m_source.skipSpace();
        if (key == QLatin1String("products")) {
            if (!m_source.peek(c) || c != '[')
                return fail(notAList);
            m_source.next(c);
            return true;
        }
        QByteArray ignored;
        if (!readValue(ignored, false))
            return false;
        m_source.skipSpace();
        if (!m_source.next(c))
            return fail(
                Tr::tr("Not valid JSON: the file ends early at byte %1").arg(m_source.offset()));
        if (c == '}')
            return fail(notAList);
        if (c != ',')
            return fail(Tr::tr("Not valid JSON: expected \",\" or \"}\" at byte %1")
                            .arg(m_source.offset()));
    }
}

bool JsonListReader::skipMembers() {
    // The rest of {"products": [...], ...}: checked, not kept.
    char c = 0;
    for (;;) {
        m_source.skipSpace();
        if (!m_source.next(c))
            return fail(
                Tr::tr("Not valid JSON: the file ends early at byte %1").arg(m_source.offset()));
        if (c == '}')
            return true;
        if (c != ',')
            return fail(Tr::tr("Not valid JSON: expected \",\" or \"}\" at byte %1")
                            .arg(m_source.offset()));
        m_source.skipSpace();
        QString key;
        QByteArray ignored;
        if (!readKey(key))
            return false;
        m_source.skipSpace();
        if (!expect(':', QT_TRANSLATE_NOOP("checkstand::Catalog", "after a key")))
            return false;
        m_source.skipSpace();
        if (!readValue(ignored, false))
            return false;
    }
}

bool JsonListReader::finishDocument() {
    if (m_inObject && !skipMembers())
        return false;
    m_source.skipSpace();
    char c = 0;
    if (m_source.peek(c))
        return fail(
            Tr::tr("Not valid JSON: garbage after the document at byte %1").arg(m_source.offset()));
    return !m_source.failed();
}

bool JsonListReader::next(QJsonValue& value) {
    if (m_done)
        return false;
    m_source.skipSpace();
    char c = 0;
    if (!m_source.peek(c))
        return fail(Tr::tr("Not valid JSON: the file ends inside the list at byte %1")
                        .arg(m_source.offset()));
    if (c == ']') {
        m_source.next(c);
        m_done = true;
        finishDocument();
        return false;
    }
    if (!m_first) {
        if (!expect(',', QT_TRANSLATE_NOOP("checkstand::Catalog", "between entries")))
            return false;
        m_source.skipSpace();
    }
    m_first = false;
    ++m_position;
    const qint64 at = m_source.offset();
    QByteArray raw;
    if (!readValue(raw, true))
        return false;
    // Wrapped in a list so that any value parses (QJsonDocument holds arrays and objects).
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson('[' + raw + ']', &error);
    if (error.error != QJsonParseError::NoError)
        return fail(Tr::tr("Not valid JSON: %1 at byte %2")
                        .arg(error.errorString())
                        .arg(at + qMax(0, error.offset - 1)));
    value = doc.array().at(0);
    return true;
}

} // namespace checkstand::catalogimport
