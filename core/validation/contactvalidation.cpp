// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactvalidation.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>

namespace checkstand::contact {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a tr() function of our own, so that lupdate files
// the texts under the context they are looked up in at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::contact)
};

} // namespace

PhoneCheck checkPhone(const QString& text, const QString& region) {
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    PhoneCheck check;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        check.error = Tr::tr("Enter a mobile phone number.");
        return check;
    }
    static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9 ()./-]{4,25}$"));
    if (!allowed.match(trimmed).hasMatch()) {
        check.error = Tr::tr("A phone number has digits only (spaces, dashes and a leading + are "
                             "fine).");
        return check;
    }
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const auto parsed = util->Parse(trimmed.toStdString(), region.toUpper().toStdString(), &number);
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR || !util->IsValidNumber(number)) {
        check.error = Tr::tr("This is not a valid phone number for %1.").arg(region.toUpper());
        return check;
    }
    std::string out;
    std::string numberRegion;
    util->GetRegionCodeForNumber(number, &numberRegion);
    if (numberRegion == region.toUpper().toStdString()) {
        util->GetNationalSignificantNumber(number, &out);
    } else {
        util->Format(number, PhoneNumberUtil::E164, &out);
    }
    check.valid = true;
    check.normalized = QString::fromStdString(out);
    return check;
}

QString checkEmail(const QString& text) {
    const QString t = text.trimmed();
    if (t.isEmpty())
        return Tr::tr("Enter an e-mail address.");
    static const QRegularExpression shape(
        QStringLiteral("^[^@\\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9]"
                       "(?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$"));
    if (t.size() > 254 || !shape.match(t).hasMatch())
        return Tr::tr("This is not an e-mail address (name@example.com).");
    return {};
}

QDate parseIsoDate(const QString& text, QString* error) {
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        *error = Tr::tr("Enter the date as YYYY-MM-DD.");
        return {};
    }
    const QDate d = QDate::fromString(t, Qt::ISODate);
    if (!shape.match(t).hasMatch() || !d.isValid()) {
        *error = Tr::tr("\"%1\" is not a real date; use YYYY-MM-DD.").arg(t);
        return {};
    }
    return d;
}

QDate parseCardExpiry(const QString& text, QString* error) {
    static const QRegularExpression shape(QStringLiteral("^(\\d{2})/(\\d{2})$"));
    const auto m = shape.match(text.trimmed());
    if (!m.hasMatch()) {
        *error = Tr::tr("Enter the card expiry as MM/YY.");
        return {};
    }
    const int month = m.captured(1).toInt();
    const int year = 2000 + m.captured(2).toInt();
    if (month < 1 || month > 12) {
        *error = Tr::tr("The month must be 01 to 12.");
        return {};
    }
    const QDate first(year, month, 1);
    return first.addDays(first.daysInMonth() - 1);
}

QString maskEmail(const QString& email) {
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0)
        return QStringLiteral("***");
    return email.left(qMin<qsizetype>(2, at)) + QStringLiteral("***") + email.mid(at);
}

QString maskPhone(const QString& phone) {
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits += c;
    }
    if (digits.size() <= 4)
        return QStringLiteral("****");
    return QString(digits.size() - 4, u'*') + digits.right(4);
}

} // namespace checkstand::contact
