// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QList>
#include <QString>

namespace checkstand {

// Writes compact JSON text straight into bytes, for request bodies that are large and sent on
// every change: a 1,000-line cart takes ~11 ms built as QJsonObjects and written out, a few ms
// through this. Keys are Checkstand's own (ASCII); string values are escaped as RFC 8259 says.
class JsonWriter {
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // Starts a member of the object being written; its value follows.
    JsonWriter& key(QLatin1StringView name);

    void value(const QString& text);
    void value(const char*) = delete; // would be taken for a bool: pass a QString
    void value(qint64 number);
    void value(bool flag);
    // The shortest text that reads back as `number`; null when it is not finite.
    void value(double number);
    // A number written as this decimal text (an amount's exact digits, "12.50").
    void decimal(const QString& digits);

    template <typename T> JsonWriter& field(QLatin1StringView name, const T& v) {
        key(name).value(v);
        return *this;
    }

    QByteArray take() { return std::move(m_out); }

private:
    void beforeValue();

    QByteArray m_out;
    QList<bool> m_first; // per open object or array: no member written yet
    bool m_afterKey = false;
};

} // namespace checkstand
