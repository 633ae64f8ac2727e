// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SalePage, continued: what the cashier does to the sale as a whole (undo, park, recall, new
// sale, void), receipts and the catalog import, and who is at the till: the operator on every
// sale and void, the discount limit, the supervisor overrides and the journal entries.
#include "salepage.h"

#include "audit/auditjournal.h"
#include "dialogs.h"
#include "operators/operatorsession.h"
#include "runtime/runtime.h"
#include "sale/salesession.h"
#include "settings/appsettings.h"
#include "widgets/importreport.h"
#include "widgets/lastreceipt.h"
#include "widgets/orderpanel.h"
#include "widgets/permission.h"
#include "widgets/recalldialog.h"
#include "widgets/voiddialog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace checkstand {

namespace {

// " Authorised by Sam Supervisor." to append to what the page says; empty when nobody had to.
QString authorisedWords(const QString& by) {
    if (by.isEmpty())
        return {};
    return u' ' + QCoreApplication::translate("checkstand::SalePage", "Authorised by %1.").arg(by);
}

} // namespace

// --- who is at the till ----------------------------------------------------------------------

void SalePage::followOperator() {
    OperatorSession& operators = m_runtime.session();
    const auto update = [this] {
        m_session->setOperatorName(m_runtime.session().operatorName());
    };
    update();
    // A lock keeps the sale on screen; whoever signs in next rings it up.
    connect(&operators, &OperatorSession::signedIn, this, update);
    connect(&operators, &OperatorSession::signedOut, this, update);
    m_session->setDiscountApproval([this](const Ticket& t) { return approveDiscount(t); });
    connect(m_session, &SaleSession::saleVoided, this, &SalePage::journalVoid);
    connect(m_session, &SaleSession::discountChanged, this, &SalePage::journalDiscount);
}

QString SalePage::approveDiscount(const Ticket& discounted) {
    m_discountAuthorisedBy.clear();
    const std::optional<Money> off = discounted.discountAmount();
    const std::optional<Money> items = discounted.itemsTotal();
    if (!off || !items || off->isZero())
        return {};
    // The share of the items it takes off against the cashier's limit, in whole minor units:
    // off / items > limit / 100, so no rounding lets a cent more through.
    const qint64 limit =
        qBound(0, m_runtime.settings().value(settingskey::discountLimitPercent).toInt(), 100);
    const std::optional<Money> share = off->times(100);
    const std::optional<Money> allowed = items->times(limit);
    if (share && allowed && share->minorUnits() <= allowed->minorUnits())
        return {};
    // Committing a field can happen again while the question is open (focus moves to it).
    if (m_askingDiscount)
        return tr("a supervisor is being asked for this discount already.");
    m_askingDiscount = true;
    const Permission p =
        askPermission(m_runtime.session(), Action::DiscountBeyondLimit, this,
                      tr("A discount of %1 on sale %2: more than %3 % of its items.")
                          .arg(off->toDisplayString(), discounted.retailerOrderId)
                          .arg(limit));
    m_askingDiscount = false;
    if (!p.granted)
        return tr("more than %1 % of the items needs a supervisor; the discount was not given.")
            .arg(limit);
    m_discountAuthorisedBy = p.authorisedBy();
    return {};
}

void SalePage::journalDiscount(const Money& discount, const QString& mode) {
    const Ticket& t = m_session->ticket();
    const std::optional<Money> off = t.discountAmount();
    const QString note =
        journalAction(m_runtime.session(), auditkind::kDiscount,
                      {{QStringLiteral("sale"), t.retailerOrderId},
                       {QStringLiteral("discount"), discount.toDecimalString()},
                       {QStringLiteral("mode"), mode.toLower()},
                       {QStringLiteral("amountOff"), off ? off->toDecimalString() : QString()}},
                      m_discountAuthorisedBy);
    const QString by = m_discountAuthorisedBy;
    m_discountAuthorisedBy.clear();
    if (!by.isEmpty() || !note.isEmpty())
        setMessage(tr("Discount of %1 given.").arg(off ? off->toDisplayString() : QString()) +
                       authorisedWords(by) + note,
                   !note.isEmpty());
}

void SalePage::journalVoid(const VoidedSale& voided) {
    const std::optional<Money> total = voided.ticket.total();
    m_journalNote =
        journalAction(m_runtime.session(), auditkind::kVoid,
                      {{QStringLiteral("sale"), voided.ticket.retailerOrderId},
                       {QStringLiteral("reason"), voided.reason},
                       {QStringLiteral("lines"), int(voided.ticket.lines.size())},
                       {QStringLiteral("total"), total ? total->toDecimalString() : QString()}},
                      m_voidAuthorisedBy);
}

// --- the sale as a whole ---------------------------------------------------------------------

void SalePage::commitFields() {
    m_orderPanel->commit();
}

void SalePage::undo() {
    if (!m_session->canUndo()) {
        setMessage(tr("Nothing to undo."), false);
    } else {
        m_session->undo();
        setMessage(tr("Last change undone."), false);
    }
    refocus();
}

void SalePage::park() {
    commitFields();
    const QString number = m_session->ticket().retailerOrderId;
    if (m_session->ticket().lines.isEmpty())
        setMessage(tr("Nothing to park: the sale is empty."), true);
    else if (m_session->park())
        setMessage(tr("Sale %1 parked. F7 brings it back.").arg(number), false);
    else
        setMessage(tr("Sale %1 could not be parked; it stays on screen.").arg(number), true);
    refocus();
}

void SalePage::recall() {
    commitFields();
    const QList<ParkedSale> parked = m_runtime.sales().parked();
    if (parked.isEmpty()) {
        setMessage(tr("No sale is parked."), false);
        refocus();
        return;
    }
    auto* dialog = new RecallDialog(parked, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        const QString id = result == QDialog::Accepted ? dialog->selectedId() : QString();
        if (!id.isEmpty()) {
            const QString previous = m_session->ticket().lines.isEmpty()
                                         ? QString()
                                         : m_session->ticket().retailerOrderId;
            if (m_session->recall(id)) {
                const QString number = m_session->ticket().retailerOrderId;
                setMessage(previous.isEmpty()
                               ? tr("Sale %1 recalled.").arg(number)
                               : tr("Sale %1 recalled; sale %2 was parked.").arg(number, previous),
                           false);
            } else {
                setMessage(tr("That sale could not be recalled."), true);
            }
        }
        refocusAfterDialog();
    });
    dialog->open();
}

void SalePage::newSale() {
    commitFields();
    if (!m_session->ticket().lines.isEmpty()) {
        park();
        return;
    }
    m_session->newSale();
    setMessage(tr("New sale started."), false);
    refocus();
}

// --- void and receipts -----------------------------------------------------------------------

void SalePage::voidSale() {
    commitFields();
    if (m_session->isFinalising()) {
        setMessage(tr("The order is being checked; void the sale once that is over."), true);
        refocus();
        return;
    }
    m_voidAuthorisedBy.clear();
    m_journalNote.clear();
    const Ticket& t = m_session->ticket();
    QString overrideReason;
    // Only a sale with items is voided (the dialog says so otherwise): nobody is asked for less.
    if (!t.lines.isEmpty()) {
        const QString number = t.retailerOrderId;
        const Permission p =
            askPermission(m_runtime.session(), Action::Void, this, tr("Void sale %1.").arg(number));
        if (!p.granted) {
            setMessage(tr("Sale %1 was not voided: a void needs a supervisor.").arg(number), true);
            refocusAfterDialog();
            return;
        }
        // Once: for the void asked about next, not for any later one.
        m_voidAuthorisedBy = p.authorisedBy();
        // The supervisor already said why: the void's reason starts as theirs.
        if (p.grant)
            overrideReason = p.grant->reason;
    }
    VoidDialog::voidOpenSale(
        this, *m_session, this,
        [this](const QString& words, bool isError) {
            QString text = words;
            if (!words.isEmpty() && !isError)
                text += authorisedWords(m_voidAuthorisedBy) + m_journalNote;
            m_voidAuthorisedBy.clear();
            const bool noted = !m_journalNote.isEmpty();
            m_journalNote.clear();
            if (!text.isEmpty())
                setMessage(text, isError || noted);
            refocusAfterDialog();
        },
        overrideReason);
}

void SalePage::afterSale(const CompletedSale& sale, const QString& words) {
    bool isError = false;
    setMessage(m_receipt->completed(sale, words, &isError), isError);
    updateButtons();
}

void SalePage::printReceipt() {
    // One's own sale is a cashier's to print again; anyone else's needs a supervisor.
    QString by;
    if (const std::optional<CompletedSale> sale = m_receipt->sale()) {
        const QString me = m_runtime.session().operatorName();
        const bool own = !sale->operatorName.isEmpty() && sale->operatorName == me;
        if (!requireAction(m_runtime.session(), own ? Action::ReprintOwnReceipt : Action::Reprint,
                           this, &by)) {
            setMessage(tr("The receipt of sale %1 was not printed: a reprint of another "
                          "operator's sale needs a supervisor.")
                           .arg(sale->ticket.retailerOrderId),
                       true);
            refocusAfterDialog();
            return;
        }
    }
    bool isError = false;
    QString words = m_receipt->print(&isError);
    if (!isError)
        words += authorisedWords(by);
    setMessage(words, isError);
    refocusAfterDialog();
}

void SalePage::allowBlockedSaleOnce() {
    const std::optional<Action> action = SaleSession::overrideFor(m_session->lastBlocker());
    const quint64 revision = m_session->revision();
    if (!action || !m_blocked || m_blockedRevision != revision || m_session->isFinalising())
        return;
    const QString number = m_session->ticket().retailerOrderId;
    const Permission p = askPermission(m_runtime.session(), *action, this,
                                       tr("Sale %1: %2").arg(number, m_blocked->reason));
    // The consent is for the sale exactly as it was shown to the supervisor.
    if (!p.grant || m_session->revision() != revision || !m_session->allowOnce(*p.grant)) {
        setMessage(p.grant ? tr("Sale %1 changed meanwhile: nothing was allowed.").arg(number)
                           : tr("Sale %1 still cannot be finished.").arg(number),
                   true);
        refocusAfterDialog();
        return;
    }
    setMessage(tr("Sale %1 may finish once.").arg(number) + p.words(), false);
    refocusAfterDialog();
    finish();
}

// --- catalog import --------------------------------------------------------------------------

void SalePage::importCatalog() {
    QString by;
    if (!requireAction(m_runtime.session(), Action::ImportCatalog, this, &by)) {
        setMessage(tr("A catalog import needs an administrator; nothing was imported."), true);
        refocus();
        return;
    }
    m_importAuthorisedBy = by;
    const QString path = dialogs::openFileName(this, tr("Import catalog"), QString(),
                                               tr("Catalog files (*.csv *.json);;All files (*)"));
    if (!path.isEmpty())
        importCatalogFile(path);
    m_importAuthorisedBy.clear();
    refocus();
}

ImportReport SalePage::importCatalogFile(const QString& path) {
    const ImportReport report =
        m_runtime.catalog().importFile(path, m_runtime.settings().currency());
    showImportReport(this, report, [this] { refocusAfterDialog(); });
    // The file's name, never its folder (a user's home directory says whose it is).
    const QString note = journalAction(m_runtime.session(), auditkind::kCatalogImport,
                                       {{QStringLiteral("file"), QFileInfo(path).fileName()},
                                        {QStringLiteral("imported"), report.imported},
                                        {QStringLiteral("skipped"), report.problemCount},
                                        {QStringLiteral("ok"), report.ok()}},
                                       m_importAuthorisedBy);
    setMessage(report.summary() + authorisedWords(m_importAuthorisedBy) + note,
               !report.ok() || !note.isEmpty());
    return report;
}

} // namespace checkstand
