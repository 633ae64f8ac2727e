// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/sensitivebytes.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace checkstand::acme {

enum class CardBrand { Visa, MasterCard, AmericanExpress, Discover, Jcb };
QString toString(CardBrand brand); // the contract's spelling: "Visa", "MasterCard", ...
std::optional<CardBrand> brandFromString(const QString& name);

// The brand a card number belongs to by its prefix (IIN ranges), if any.
std::optional<CardBrand> brandOfNumber(QStringView digits);
bool luhnValid(QStringView digits);
int cvcLength(CardBrand brand); // 4 for American Express, else 3
// "•••• •••• •••• 4242": only the last four stay readable.
QString maskedNumber(QStringView digits);

// Card data (PAN, CVC) held only in memory, for one request: no copies by accident (move only),
// wiped where it lies when cleared or destroyed (also for any implicitly shared copy, which then
// reads zeros), never printed by QDebug. Holds a CardDataGuard while it is not empty.
class SensitiveText {
public:
    SensitiveText() = default;
    explicit SensitiveText(QString text);
    SensitiveText(SensitiveText&& other) noexcept;
    SensitiveText& operator=(SensitiveText&& other) noexcept;
    SensitiveText(const SensitiveText&) = delete;
    SensitiveText& operator=(const SensitiveText&) = delete;
    ~SensitiveText();

    bool isEmpty() const { return m_text.isEmpty(); }
    qsizetype size() const { return m_text.size(); }
    const QString& reveal() const { return m_text; }
    void clear();

private:
    QString m_text;
    CardDataGuard m_guard;
};

} // namespace checkstand::acme
