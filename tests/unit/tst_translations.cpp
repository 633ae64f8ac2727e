// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The translations: every .ts is complete and in step with the code (lupdate would add and drop
// nothing, and finds no tr() it cannot place), each translation keeps its placeholders and
// mnemonics, the language switch reaches texts of core/ and ui/ and the formatting of amounts,
// and what is sent to the five services is the same byte for byte in any language.

#include "acme/refundrequest.h"
#include "aifi/pricingrequest.h"
#include "chargeafter/sendlinkrequest.h"
#include "elevate/paymentnotification.h"
#include "i18n/language.h"
#include "money/money.h"
#include "net/endpointpolicy.h"
#include "net/sensitivebytes.h"
#include "orderchecker/ordercheckrequest.h"
#include "settings/appsettings.h"
#include "settings/settingsschema.h"
#include "ticket/completedsale.h"
#include "ticket/ticket.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace checkstand;

namespace {

const QString kTsDir = QStringLiteral(CHECKSTAND_TS_DIR); // translations/
const QString kSourceDir = QStringLiteral(CHECKSTAND_SOURCE_DIR);
const QString kLupdate = QStringLiteral(CHECKSTAND_LUPDATE);

struct TsMessage {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // of its <translation>: "", "unfinished", "obsolete", "vanished"
    QStringList translations; // the one translation, or each numerus form

    // What identifies a message for lupdate.
    QString key() const {
        return context + u'\x1f' + source + u'\x1f' + comment + (numerus ? u'n' : u's');
    }
    QString where() const { return context + QStringLiteral(": \"") + source + u'"'; }
};

// Every .ts of translations/, by its full path.
QStringList tsFiles() {
    QStringList files;
    const QDir dir(kTsDir);
    for (const QString& name : dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

QList<TsMessage> readTs(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    std::optional<TsMessage> message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message" && message) {
            messages.append(*message);
            message.reset();
        }
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        // lupdate writes a control character as an empty <byte/>: skipped, not an error.
        const auto text = [&xml] {
            return xml.readElementText(QXmlStreamReader::SkipChildElements);
        };
        if (name == u"name" && !message) {
            context = text();
        } else if (name == u"message") {
            message = TsMessage{};
            message->context = context;
            message->numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (message && name == u"source") {
            message->source = text();
        } else if (message && name == u"comment") {
            message->comment = text();
        } else if (message && name == u"translation") {
            message->type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message->numerus)
                message->translations.append(text());
        } else if (message && name == u"numerusform") {
            message->translations.append(text());
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return messages;
}

// %1 .. %99 and %n (%L1 is %1 written by the locale), sorted: the order may change.
QStringList placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(1));
    found.sort();
    return found;
}

// "&x" marks a mnemonic; "&&" is a plain ampersand and "& " is no mnemonic.
int mnemonics(QString text) {
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression re(QStringLiteral("&(?=\\S)"));
    int n = 0;
    for (auto it = re.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

QString firstOf(const QStringList& problems) {
    return QString::number(problems.size()) + QStringLiteral(" problem(s), the first ones:\n") +
           QStringList(problems.mid(0, 20)).join(u'\n');
}

// The five request bodies, serialized as they are sent, for the same inputs.
struct Requests {
    Ticket ticket;
    CompletedSale sale;
    aifi::PricingContext pricing;
    chargeafter::SendLinkRequest sendLink;
    acme::RefundRequest refund;

    Requests() {
        const QDateTime at(QDate(2026, 3, 15), QTime(10, 0, 30), Qt::UTC);
        ticket = Ticket::create(QStringLiteral("store-001-000042"), QStringLiteral("USD"), at);
        TicketLine line;
        line.lineId = QStringLiteral("line-1");
        line.sku = QStringLiteral("SKU-1");
        line.barcode = QStringLiteral("4006381333931");
        line.name = QStringLiteral("Cadeira de escritório");
        line.variantKey = QStringLiteral("variant-1");
        line.unitPrice = Money::fromMinor(123456); // $1,234.56: a group and a decimal separator
        line.cost = Money::fromMinor(50025);
        line.quantity = 2;
        line.weight = 1.5;
        ticket.lines.append(line);
        ticket.customer.email = QStringLiteral("jane@example.com");
        ticket.freightCost = Money::fromMinor(1999);
        ticket.discount = Money::fromMinor(1050);

        sale.ticket = ticket;
        sale.total = Money::fromMinor(2 * 123456 + 1999 - 1050);
        sale.completedAt = at;
        sale.payments = {Payment{Tender::Cash, sale.total, sale.total, {}}};

        pricing.store = {1234567, QStringLiteral("aifi-unique-1"), QStringLiteral("store-001")};
        pricing.timeOfOrigin = at;
        pricing.timeOfIssue = at.addSecs(1);

        chargeafter::CartItem item;
        item.name = line.name;
        item.price = line.unitPrice;
        item.sku = line.sku;
        item.quantity = 2;
        chargeafter::CartDetails cart;
        cart.items = {item};
        cart.discounts = {{QStringLiteral("Desconto"), Money::fromMinor(1050)}};
        cart.taxAmount = Money::fromMinor(9876);
        cart.shippingAmount = Money::fromMinor(1999);
        sendLink.cartDetails = cart;
        sendLink.merchantOrderId = ticket.retailerOrderId;

        refund.contact.firstName = QStringLiteral("Jane");
        refund.contact.lastName = QStringLiteral("Doe");
        refund.contact.email = QStringLiteral("jane@example.com");
        refund.card.brand = QStringLiteral("Visa");
        refund.card.lastFour = QStringLiteral("4242");
        refund.card.expDate = QStringLiteral("1228");
        refund.card.cvc = acme::SensitiveText(QStringLiteral("123"));
        refund.memberships = {{QStringLiteral("MembershipDowngrade"),
                               QStringLiteral("57742a012095d87d690c39bc"), QStringLiteral("Gold")}};
    }

    QList<QByteArray> bodies() const {
        const auto compact = [](const QJsonObject& o) {
            return QJsonDocument(o).toJson(QJsonDocument::Compact);
        };
        QList<QByteArray> out;
        out.append(compact(orderchecker::buildOrder(ticket, orderchecker::PlatformFlags{})));
        out.append(compact(aifi::buildPricingRequest(ticket, pricing)));
        out.append(compact(sendLink.toJson()));
        const auto notification = elevate::buildNotification(sale, QStringLiteral("BR"));
        out.append(notification
                       ? compact(notification->body) +
                             elevate::notificationUrl(
                                 QUrl(QStringLiteral("https://elevate.example/pay")), *notification)
                                 .toEncoded()
                       : QByteArray());
        const auto wire = refund.wireBody();
        out.append(wire ? QByteArray(wire->constData(), wire->size()) : QByteArray());
        return out;
    }
};

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void everyMessageIsTranslated();
    void translationsKeepPlaceholdersAndMnemonics();
    void lupdateFindsNothingNewOrGone();
    void noTrFunctionsOfOurOwn();
    void languageReachesCoreAndUiTexts();
    void theLanguageSettingOffersOnlyShippedLanguages();
    void requestBodiesIgnoreTheLanguage();

private:
    QList<TsMessage> m_messages;
};

void TestTranslations::initTestCase() {
    const QStringList files = tsFiles();
    QVERIFY(!files.isEmpty());
    for (const QString& path : files) {
        QString error;
        m_messages += readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    // A .ts lupdate has filled, not an empty file.
    QVERIFY2(m_messages.size() > 100, qPrintable(QString::number(m_messages.size())));
}

void TestTranslations::cleanup() {
    i18n::applyLanguage(*QCoreApplication::instance(), QStringLiteral("en_US"));
}

void TestTranslations::everyMessageIsTranslated() {
    QStringList problems;
    for (const TsMessage& m : std::as_const(m_messages)) {
        if (!m.type.isEmpty())
            problems.append(m.type + QStringLiteral(": ") + m.where());
        else if (m.translations.isEmpty() || m.translations.contains(QString()))
            problems.append(QStringLiteral("empty: ") + m.where());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(firstOf(problems)));
}

void TestTranslations::translationsKeepPlaceholdersAndMnemonics() {
    QStringList problems;
    for (const TsMessage& m : std::as_const(m_messages)) {
        for (const QString& t : m.translations) {
            if (t.isEmpty())
                continue; // everyMessageIsTranslated() says so
            if (placeholders(t) != placeholders(m.source))
                problems.append(QStringLiteral("placeholders: ") + m.where() +
                                QStringLiteral(" -> \"") + t + u'"');
            if (mnemonics(t) != mnemonics(m.source))
                problems.append(QStringLiteral("mnemonics: ") + m.where() +
                                QStringLiteral(" -> \"") + t + u'"');
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(firstOf(problems)));
}

void TestTranslations::lupdateFindsNothingNewOrGone() {
    QVERIFY2(QFile::exists(kLupdate), qPrintable(kLupdate));
    for (const QString& path : tsFiles()) {
        // lupdate reads the language from the file name, so the copy keeps it.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QFileInfo(path).fileName());
        QVERIFY(QFile::copy(path, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        // The same options as the update_translations target (translations/CMakeLists.txt).
        QProcess lupdate;
        lupdate.setWorkingDirectory(kSourceDir);
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(kLupdate,
                      {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("core"),
                       QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        const QString output = QString::fromUtf8(lupdate.readAll());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 qPrintable(output));
        // A tr() in a class without Q_OBJECT (or Q_DECLARE_TR_FUNCTIONS): lupdate files it under
        // a context of its own guessing, which the program does not look up.
        QVERIFY2(!output.contains(QLatin1String("lacks Q_OBJECT")), qPrintable(output));

        QString error;
        const QList<TsMessage> before = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<TsMessage> after = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QHash<QString, QString> was;
        QHash<QString, QString> is;
        for (const TsMessage& m : before)
            was.insert(m.key(), m.where());
        for (const TsMessage& m : after) {
            // What left the code stays in the copy, marked so.
            if (m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete"))
                is.insert(m.key(), m.where());
        }
        QStringList problems;
        for (auto it = is.cbegin(); it != is.cend(); ++it) {
            if (!was.contains(it.key()))
                problems.append(QStringLiteral("new in the code, not in the .ts: ") + it.value());
        }
        for (auto it = was.cbegin(); it != was.cend(); ++it) {
            if (!is.contains(it.key()))
                problems.append(QStringLiteral("in the .ts, gone from the code: ") + it.value());
        }
        QVERIFY2(
            problems.isEmpty(),
            qPrintable(firstOf(problems) +
                       QStringLiteral("\nUpdate the .ts as DEVELOPERS.md says (Translations).")));
    }
}

void TestTranslations::noTrFunctionsOfOurOwn() {
    // `QString tr(const char*)` or `auto tr = [](const char*)`: lupdate takes such a call for
    // the enclosing class's or namespace's tr(), a context the program never looks up.
    static const QRegularExpression own(
        QStringLiteral("QString\\s+tr\\s*\\(\\s*const\\s+char|\\btr\\s*=\\s*\\[\\s*\\]\\s*\\("));
    QStringList problems;
    for (const QString& folder :
         {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}) {
        QDirIterator it(QDir(kSourceDir).filePath(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const QString text = QString::fromUtf8(file.readAll());
            if (const auto m = own.match(text); m.hasMatch()) {
                const auto line = text.left(m.capturedStart()).count(u'\n') + 1;
                problems.append(QDir(kSourceDir).relativeFilePath(file.fileName()) + u':' +
                                QString::number(line));
            }
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("Use struct Tr { Q_DECLARE_TR_FUNCTIONS(...) }; instead: ") +
                        problems.join(QStringLiteral(", "))));
}

void TestTranslations::languageReachesCoreAndUiTexts() {
    QCoreApplication& app = *QCoreApplication::instance();
    const QString english = QStringLiteral("No endpoint is configured.");

    QVERIFY(i18n::applyLanguage(app, QStringLiteral("pt_BR")));
    QCOMPARE(QLocale().name(), QStringLiteral("pt_BR"));
    // A core text, looked up by the code itself (core/net/endpointpolicy.cpp): the context the
    // code uses at run time is the one the .ts has.
    const QString shown = EndpointPolicy::check(QUrl());
    QVERIFY2(shown != english, qPrintable(shown));
    QVERIFY(!shown.isEmpty());
    // A ui text, in its page's context (ui/pages/settingspage.cpp).
    const QString save = QCoreApplication::translate("checkstand::SettingsPage", "&Save");
    QVERIFY2(save != QStringLiteral("&Save"), qPrintable(save));
    QCOMPARE(mnemonics(save), 1);
    // Amounts on screen follow the language.
    QCOMPARE(Money::fromMinor(123456).toDisplayString(), QStringLiteral("$1.234,56"));

    // Back to English: the source texts, and amounts as written in the US.
    QVERIFY(i18n::applyLanguage(app, QStringLiteral("en_US")));
    QCOMPARE(EndpointPolicy::check(QUrl()), english);
    QCOMPARE(QCoreApplication::translate("checkstand::SettingsPage", "&Save"),
             QStringLiteral("&Save"));
    QCOMPARE(Money::fromMinor(123456).toDisplayString(), QStringLiteral("$1,234.56"));

    // A language Checkstand does not ship counts as "follow the system".
    i18n::applyLanguage(app, QStringLiteral("xx_YY"));
    QCOMPARE(QLocale().name(), QLocale::system().name());
}

void TestTranslations::theLanguageSettingOffersOnlyShippedLanguages() {
    QCOMPARE(i18n::availableLanguages(),
             QStringList({QString(), QStringLiteral("en_US"), QStringLiteral("pt_BR")}));
    QCOMPARE(i18n::nativeName(QStringLiteral("pt_BR")), QStringLiteral("Português (Brasil)"));
    QCOMPARE(i18n::nativeName(QStringLiteral("de_DE")), QString());

    const settingsschema::Setting* row = settingsschema::find(settingskey::uiLanguage);
    QVERIFY(row);
    QVERIFY(row->kind == settingsschema::Kind::Choice);
    QCOMPARE(row->group, QStringLiteral("till"));
    QCOMPARE(row->defaultValue.toString(), QString());
    QStringList values;
    for (const settingsschema::Choice& c : row->choices) {
        values.append(c.value);
        QVERIFY(c.label);
    }
    QCOMPARE(values, i18n::availableLanguages());
    QVERIFY(settingsschema::check(*row, QStringLiteral("pt_BR")).isEmpty());
    QVERIFY(settingsschema::check(*row, QString()).isEmpty());
    QVERIFY(!settingsschema::check(*row, QStringLiteral("de_DE")).isEmpty());
    QCOMPARE(settingsschema::normalized(*row, QStringLiteral(" pt_BR ")).toString(),
             QStringLiteral("pt_BR"));
    QCOMPARE(settingsschema::normalized(*row, QStringLiteral("de_DE")).toString(), QString());
}

void TestTranslations::requestBodiesIgnoreTheLanguage() {
    const Requests requests;
    QLocale::setDefault(QLocale::c());
    const QList<QByteArray> inC = requests.bodies();
    const QString cAmount = Money::fromMinor(123456).toDisplayString();

    QVERIFY(i18n::applyLanguage(*QCoreApplication::instance(), QStringLiteral("pt_BR")));
    // The switch is real: on screen the same amount is written otherwise now.
    QVERIFY2(Money::fromMinor(123456).toDisplayString() != cAmount, qPrintable(cAmount));
    const QList<QByteArray> inPortuguese = requests.bodies();

    const QStringList names = {QStringLiteral("Order Checker"), QStringLiteral("AiFi pricing"),
                               QStringLiteral("ChargeAfter send-link"),
                               QStringLiteral("Elevate notification"),
                               QStringLiteral("ACME refund quote")};
    QCOMPARE(inC.size(), names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        QVERIFY2(!inC.at(i).isEmpty(), qPrintable(names.at(i)));
        QVERIFY2(inC.at(i) == inPortuguese.at(i),
                 qPrintable(names.at(i) + QStringLiteral(":\n") + QString::fromUtf8(inC.at(i)) +
                            QStringLiteral("\n") + QString::fromUtf8(inPortuguese.at(i))));
    }
    // The amounts are in the bodies, as the contracts write them (a point, no grouping).
    for (qsizetype i = 0; i < 4; ++i)
        QVERIFY2(inC.at(i).contains("1234.56"), qPrintable(names.at(i)));
    QVERIFY(inC.at(4).contains("\"expDate\":\"1228\""));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
