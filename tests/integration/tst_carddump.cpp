// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// After a refund quote, this process holds no copy of the card number or the CVC: not as ASCII,
// not as UTF-16, not in a freed block, not in Qt's buffers. The quote goes over real HTTP to the
// ACME sandbox running in a child process (this binary with --serve-sandbox), so the only card
// data here is what Checkstand itself handled; then the process reads its own memory
// (/proc/self/maps, /proc/self/mem). A marker kept on purpose proves the scan sees the heap.
#include "acme/refundclient.h"
#include "net/httpclient.h"
#include "net/sensitivebytes.h"
#include "sandbox/acmesandbox.h"
#include "sandbox/sandboxserver.h"
#include "secrets/memorysecretstore.h"
#include "usecases/quoterefund.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTest>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <unistd.h>
#endif

#if defined(__SANITIZE_ADDRESS__)
#define CHECKSTAND_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CHECKSTAND_ASAN 1
#endif
#endif

using namespace checkstand;

namespace {

constexpr int kWaitMs = 30000;

// A string the scan looks for, never held in plain form (the scan would find its own needle):
// each byte is kept XOR-ed.
struct Needle {
    static constexpr unsigned char kMask = 0x5A;
    unsigned char masked[40] = {};
    qsizetype size = 0;

    static Needle of(std::initializer_list<int> digits) {
        Needle n;
        for (int d : digits)
            n.masked[n.size++] = static_cast<unsigned char>(('0' + d) ^ kMask);
        return n;
    }
    char at(qsizetype i) const { return char(masked[i] ^ kMask); }
};

// 4242 4242 4242 4242 and the marker 5555 5555 5555 4444, digit by digit.
Needle pan() {
    return Needle::of({4, 2, 4, 2, 4, 2, 4, 2, 4, 2, 4, 2, 4, 2, 4, 2});
}
Needle markerPan() {
    return Needle::of({5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4});
}
Needle cvc() {
    return Needle::of({9, 1, 8});
}
Needle markerCvc() {
    return Needle::of({2, 4, 6});
}

QString textOf(const Needle& n) {
    QString s;
    s.reserve(n.size); // exactly one buffer: no reallocation leaves a copy behind
    for (qsizetype i = 0; i < n.size; ++i)
        s.append(QLatin1Char(n.at(i)));
    return s;
}

struct Hit {
    QByteArray region;
    quintptr address = 0;
};

#ifdef Q_OS_LINUX
bool matchesAt(const char* p, const char* end, const Needle& n, int stride) {
    if (end - p < n.size * stride)
        return false;
    for (qsizetype i = 0; i < n.size; ++i) {
        if (p[i * stride] != n.at(i) || (stride == 2 && p[i * stride + 1] != 0))
            return false;
    }
    return true;
}

// "cvc" (any case) then at most six bytes that are neither letters nor digits, then the CVC,
// in ASCII (stride 1) or UTF-16 (stride 2).
bool cvcAt(const char* p, const char* end, const Needle& code, int stride) {
    static const char word[] = {'c', 'v', 'c'};
    for (int i = 0; i < 3; ++i) {
        if (end - p <= i * stride || (p[i * stride] | 0x20) != word[i] ||
            (stride == 2 && p[i * stride + 1] != 0))
            return false;
    }
    const char* q = p + 3 * stride;
    for (int gap = 0; gap <= 6 && q < end; ++gap, q += stride) {
        if (matchesAt(q, end, code, stride))
            return true;
        const char c = *q;
        if ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
            return false;
    }
    return false;
}

// Every readable mapping of this process, read through /proc/self/mem (unreadable pages are
// skipped), searched with `match`. The scan's own buffer is left out.
template <typename Match> QList<Hit> scanMemory(Match match) {
    QList<Hit> hits;
    const size_t chunk = 4 * 1024 * 1024;
    const size_t overlap = 128; // a string across two chunks is still found
    void* mapped =
        mmap(nullptr, chunk + overlap, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == reinterpret_cast<void*>(intptr_t(-1)))
        qFatal("no scan buffer");
    char* buffer = static_cast<char*>(mapped);
    const quintptr ownStart = quintptr(buffer);
    const quintptr ownEnd = ownStart + chunk + overlap;
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        qFatal("cannot read /proc/self/maps");
    const QList<QByteArray> lines = maps.readAll().split('\n');
    const int mem = open("/proc/self/mem", O_RDONLY);
    if (mem < 0)
        qFatal("cannot open /proc/self/mem");
    for (const QByteArray& line : lines) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 2 || !f.at(1).startsWith('r'))
            continue;
        const QByteArray name = f.value(5);
        if (name == "[vvar]" || name == "[vsyscall]")
            continue;
        const QList<QByteArray> range = f.at(0).split('-');
        const quintptr start = range.value(0).toULongLong(nullptr, 16);
        const quintptr end = range.value(1).toULongLong(nullptr, 16);
        if (start < ownEnd && end > ownStart)
            continue;
        for (quintptr at = start; at < end; at += chunk) {
            const size_t want = size_t(std::min<quintptr>(end - at, chunk + overlap));
            const ssize_t got = pread(mem, buffer, want, off_t(at));
            if (got <= 0)
                continue;
            const char* stop = buffer + got;
            for (const char* p = buffer; p < stop && p < buffer + chunk; ++p) {
                if (match(p, stop))
                    hits.append({name, quintptr(at + quintptr(p - buffer))});
            }
        }
    }
    close(mem);
    munmap(mapped, chunk + overlap);
    return hits;
}

int count(const Needle& n, int stride, QList<Hit>* where = nullptr) {
    const QList<Hit> hits = scanMemory([&](const char* p, const char* end) {
        return *p == n.at(0) && matchesAt(p, end, n, stride);
    });
    if (where)
        *where = hits;
    return int(hits.size());
}

int countCvc(const Needle& code, int stride, QList<Hit>* where = nullptr) {
    const QList<Hit> hits =
        scanMemory([&](const char* p, const char* end) { return cvcAt(p, end, code, stride); });
    if (where)
        *where = hits;
    return int(hits.size());
}

QByteArray describe(const char* what, const QList<Hit>& hits) {
    QByteArray out = what;
    for (const Hit& h : hits.mid(0, 10))
        out += "\n  0x" + QByteArray::number(qulonglong(h.address), 16) + " in " +
               (h.region.isEmpty() ? QByteArray("[anonymous]") : h.region);
    return out;
}
#endif

// The sandbox, alone in a child process: prints its port, then serves until terminated.
int serveSandbox(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    sandbox::SandboxServer server;
    if (!server.start())
        return 1;
    std::printf("%u\n", unsigned(server.port()));
    std::fflush(stdout);
    return app.exec();
}

} // namespace

class TestCardDump : public QObject {
    Q_OBJECT

    QProcess m_sandbox;
    quint16 m_port = 0;

private Q_SLOTS:
    void initTestCase() {
#ifdef CHECKSTAND_ASAN
        QSKIP("AddressSanitizer keeps freed blocks in its quarantine unwiped (and mallopt is a "
              "no-op under it): this test is for the normal build");
#endif
#ifndef Q_OS_LINUX
        QSKIP("reads /proc/self/mem (Linux)");
#endif
        m_sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_sandbox.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--serve-sandbox")});
        QVERIFY(m_sandbox.waitForStarted(kWaitMs));
        QVERIFY(QTest::qWaitFor([&] { return m_sandbox.canReadLine(); }, kWaitMs));
        m_port = quint16(m_sandbox.readLine().trimmed().toUInt());
        QVERIFY(m_port != 0);
    }

    void cleanupTestCase() {
        if (m_sandbox.state() != QProcess::NotRunning) {
            m_sandbox.terminate(); // our own child
            m_sandbox.waitForFinished(kWaitMs);
        }
    }

    void theScanFindsWhatIsInMemory() {
#ifndef Q_OS_LINUX
        QSKIP("reads /proc/self/mem (Linux)");
#else
        // Kept on purpose, as ASCII and UTF-16, with a CVC next to it as the wire has it.
        const QString markerText = textOf(markerPan());
        const QByteArray markerAscii = markerText.toLatin1();
        const QString markerCvcText = QStringLiteral("\"cvc\":\"") + textOf(markerCvc());
        const QByteArray markerCvcAscii = markerCvcText.toLatin1();
        QVERIFY(count(markerPan(), 1) >= 1);
        QVERIFY(count(markerPan(), 2) >= 1);
        QVERIFY(countCvc(markerCvc(), 1) >= 1);
        QVERIFY(countCvc(markerCvc(), 2) >= 1);
        QVERIFY(!markerAscii.isEmpty() && !markerCvcAscii.isEmpty()); // alive until here
#endif
    }

    void aQuoteLeavesNoCardDataInMemory() {
#ifndef Q_OS_LINUX
        QSKIP("reads /proc/self/mem (Linux)");
#else
        const int dumpableBefore = prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
        QNetworkAccessManager network;
        MemorySecretStore secrets;
        const sandbox::AcmeSandbox contract;
        secrets.set(service::info(service::acme).secretName, contract.apiKey());
        HttpClient http(&network, &secrets);
        acme::RefundClient client(http);
        QUrl endpoint(QStringLiteral("http://127.0.0.1"));
        endpoint.setPort(m_port);
        endpoint.setPath(contract.path());
        client.setEndpoint(endpoint);
        const Clock clock;
        QuoteRefund quotes(client, clock);

        acme::RefundRequest request;
        request.contact.firstName = QStringLiteral("Jane");
        request.contact.lastName = QStringLiteral("Roe");
        request.contact.email = QStringLiteral("jane@example.com");
        request.card.brand = QStringLiteral("Visa");
        request.card.lastFour = QStringLiteral("4242");
        request.card.expDate = QStringLiteral("1230");
        request.card.number = acme::SensitiveText(textOf(pan()));
        request.card.cvc = acme::SensitiveText(textOf(cvc()));
        request.memberships = {{QStringLiteral("MembershipCancel"), QStringLiteral("M-1001"), {}}};

        // While card data is held: no core dump, no ptrace by a process of the same user.
        QVERIFY(CardDataGuard::active());
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);

        bool done = false;
        QuoteRefund::Result result;
        quotes.quote(request, QuoteRefund::newRequestId(), this, [&](const QuoteRefund::Result& r) {
            result = r;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, kWaitMs));
        QVERIFY2(result.ok(), qPrintable(result.outcome.error)); // the sandbox took the card
        QVERIFY(request.card.number.isEmpty() && request.card.cvc.isEmpty());
        // The call's body buffer and its own connection go after the answer (deferred).
        QTRY_VERIFY_WITH_TIMEOUT(!CardDataGuard::active(), kWaitMs);
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), dumpableBefore);

        QList<Hit> where;
        QVERIFY2(count(pan(), 1, &where) == 0,
                 describe("ASCII card number left at:", where).constData());
        QVERIFY2(count(pan(), 2, &where) == 0,
                 describe("UTF-16 card number left at:", where).constData());
        QVERIFY2(countCvc(cvc(), 1, &where) == 0,
                 describe("ASCII CVC left at:", where).constData());
        QVERIFY2(countCvc(cvc(), 2, &where) == 0,
                 describe("UTF-16 CVC left at:", where).constData());
#endif
    }
};

int main(int argc, char* argv[]) {
    if (argc > 1 && qstrcmp(argv[1], "--serve-sandbox") == 0)
        return serveSandbox(argc, argv);
    QCoreApplication app(argc, argv);
    TestCardDump test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_carddump.moc"
