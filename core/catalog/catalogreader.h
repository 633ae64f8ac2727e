// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

class QIODevice;

// The catalog file, read a chunk at a time: one row (a CSV record or a JSON list entry) is in
// memory at once, never the file. Every byte read is counted, so the size limit holds for pipes,
// FIFOs and /dev/zero, whose QFile::size() is 0.
namespace checkstand::catalogimport {

// Reads `device` in chunks, counting bytes against `maxBytes`.
class ByteSource {
public:
    ByteSource(QIODevice& device, qint64 maxBytes);

    // The next byte, consumed; false at the end, on a read error or past the limit.
    bool next(char& c);
    // The next byte, not consumed.
    bool peek(char& c);
    // Drops a UTF-8 byte order mark at the very start (spreadsheets write one).
    void skipBom();
    // Consumes whitespace; returns the number of line breaks in it (CR LF counts once).
    int skipSpace();

    qint64 offset() const { return m_offset; } // bytes consumed so far
    bool failed() const { return m_tooLarge || !m_readError.isEmpty(); }
    bool tooLarge() const { return m_tooLarge; }
    QString readError() const { return m_readError; }

private:
    bool ensure(qsizetype bytes);

    QIODevice& m_device;
    qint64 m_maxBytes;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_offset = 0;
    qint64 m_read = 0;
    bool m_eof = false;
    bool m_tooLarge = false;
    QString m_readError;
};

// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. The structural
// characters are ASCII, so the bytes are split first and each field decoded from UTF-8.
class CsvReader {
public:
    // `firstLine`: the line the source is at (after skipped leading blank lines).
    CsvReader(ByteSource& source, int maxRecordBytes, int firstLine = 1);

    // The next record and the line it starts on; false at the end or on an error (error()).
    bool next(QStringList& fields, int& line);
    QString error() const { return m_error; }

private:
    ByteSource& m_source;
    int m_maxRecordBytes;
    int m_line;
    QString m_error;
};

// The product list of a JSON catalog: a top-level array, or the "products" array of a
// top-level object. Each entry is parsed on its own (QJsonDocument, at most maxEntryBytes).
class JsonListReader {
public:
    JsonListReader(ByteSource& source, int maxEntryBytes);

    // Finds the list; false with error() when there is none.
    bool start();
    // The next entry (any JSON value); false at the end of the list (then the rest of the
    // document is checked) or on an error (error() not empty).
    bool next(QJsonValue& value);
    QString error() const { return m_error; }

private:
    bool fail(const QString& what);
    bool expect(char wanted, const char* where);
    // One JSON value's bytes, whole; `keep` false skips it (no copy, no size limit but the
    // file's).
    bool readValue(QByteArray& raw, bool keep);
    bool readString(QByteArray& raw, bool keep);
    bool readKey(QString& key);
    bool skipMembers();
    bool finishDocument();

    ByteSource& m_source;
    int m_maxEntryBytes;
    bool m_inObject = false;
    bool m_first = true;
    bool m_done = false;
    int m_position = 0;
    QString m_error;
};

} // namespace checkstand::catalogimport
