// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "card.h"

#include "validation/luhn.h"

#include <cstring>

namespace checkstand::acme {

QString toString(CardBrand brand) {
    switch (brand) {
    case CardBrand::Visa:
        return QStringLiteral("Visa");
    case CardBrand::MasterCard:
        return QStringLiteral("MasterCard");
    case CardBrand::AmericanExpress:
        return QStringLiteral("AmericanExpress");
    case CardBrand::Discover:
        return QStringLiteral("Discover");
    case CardBrand::Jcb:
        return QStringLiteral("Jcb");
    }
    return {};
}

std::optional<CardBrand> brandFromString(const QString& name) {
    for (CardBrand b : {CardBrand::Visa, CardBrand::MasterCard, CardBrand::AmericanExpress,
                        CardBrand::Discover, CardBrand::Jcb}) {
        if (toString(b) == name)
            return b;
    }
    return std::nullopt;
}

std::optional<CardBrand> brandOfNumber(QStringView d) {
    const auto prefix = [&d](int n) {
        return d.size() >= n ? d.left(n).toInt() : -1;
    };
    if (d.startsWith(u'4'))
        return CardBrand::Visa;
    if ((prefix(2) >= 51 && prefix(2) <= 55) || (prefix(4) >= 2221 && prefix(4) <= 2720))
        return CardBrand::MasterCard;
    if (prefix(2) == 34 || prefix(2) == 37)
        return CardBrand::AmericanExpress;
    if (prefix(4) == 6011 || prefix(2) == 65 || (prefix(3) >= 644 && prefix(3) <= 649))
        return CardBrand::Discover;
    if (prefix(4) >= 3528 && prefix(4) <= 3589)
        return CardBrand::Jcb;
    return std::nullopt;
}

bool luhnValid(QStringView d) {
    // A card number has 12 to 19 digits; the check itself is the one shared rule.
    return d.size() >= 12 && d.size() <= 19 && checkstand::luhnValid(d);
}

int cvcLength(CardBrand brand) {
    return brand == CardBrand::AmericanExpress ? 4 : 3;
}

QString maskedNumber(QStringView d) {
    if (d.size() < 4)
        return QStringLiteral("••••");
    return QStringLiteral("•••• •••• •••• ") + d.right(4).toString();
}

SensitiveText::SensitiveText(QString text)
    : m_text(std::move(text)) {
    // A buffer of our own: clear() overwrites it in place, and a buffer shared with its source
    // (a form field still being typed in) would wipe that field under the cashier's fingers. The
    // source's copy is its owner's to wipe (the card fields wipe themselves).
    if (!m_text.isEmpty() && !m_text.isDetached())
        m_text = QString(m_text.constData(), m_text.size());
    if (!m_text.isEmpty())
        m_guard.acquire();
}

SensitiveText::SensitiveText(SensitiveText&& other) noexcept
    : m_text(std::move(other.m_text))
    , m_guard(std::move(other.m_guard)) {}

SensitiveText& SensitiveText::operator=(SensitiveText&& other) noexcept {
    if (this != &other) {
        clear();
        m_text = std::move(other.m_text);
        m_guard = std::move(other.m_guard);
    }
    return *this;
}

SensitiveText::~SensitiveText() {
    clear();
}

void SensitiveText::clear() {
    // Overwritten where the characters are, not in a detached copy: detaching would make one
    // more copy of the card data and leave the shared original as it was. A literal has no heap
    // block (and is not typed-in card data): it cannot be written and is only released.
    if (!m_text.isEmpty() && m_text.data_ptr().d_ptr() != nullptr) {
        volatile char16_t* p = const_cast<volatile char16_t*>(
            reinterpret_cast<const volatile char16_t*>(m_text.constData()));
        for (qsizetype i = 0; i < m_text.size(); ++i)
            p[i] = u'0';
    }
    m_text.clear();
    m_guard.release();
}

} // namespace checkstand::acme
