// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tillmenu.h"

#include "dialogs.h"
#include "endofday/endofday.h"
#include "endofday/reportdocument.h"
#include "runtime/runtime.h"
#include "settings/appsettings.h"
#include "storage/salesstore.h"
#include "widgets/reportdialog.h"
#include "widgets/tilldialogs.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>

#include <memory>

namespace checkstand {

namespace {

// Q_DECLARE_TR_FUNCTIONS, so lupdate files the texts under the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::TillMenu)
};

print::Paper paperOf(const Runtime& runtime) {
    return runtime.settings().value(settingskey::receiptA4).toBool() ? print::Paper::A4
                                                                     : print::Paper::Roll80mm;
}

// Window-modal and not blocking, so the till (and a test) carries on while it is shown.
void warn(QWidget* parent, const QString& title, const QString& text) {
    dialogs::Message message;
    message.icon = QMessageBox::Warning;
    message.title = title;
    message.text = text;
    message.buttons = QMessageBox::Ok;
    message.objectName = QStringLiteral("tillWarning");
    dialogs::open(parent, message, parent, [](QMessageBox::StandardButton) {});
}

// The report on screen; when it was made but the journal could not be written, also says so.
void showReport(Runtime& runtime, const EndOfDay::Result<DayReport>& result, bool reprint,
                QWidget* parent) {
    if (!result.value) {
        warn(parent, Tr::tr("No report"), result.error);
        return;
    }
    auto* dialog = new ReportDialog(
        reportDocument(*result.value, runtime.storeInfo(), runtime.isSandbox(), reprint),
        paperOf(runtime), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    if (!result.error.isEmpty())
        warn(dialog, Tr::tr("Audit journal"), result.error);
}

// `after` runs once the dialog's submit has done its work and the dialog closed.
void openAmountDialog(CashAmountDialog::Setup setup, QWidget* parent, std::function<void()> after) {
    auto* dialog = new CashAmountDialog(std::move(setup), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, dialog, [after = std::move(after)] {
        if (after)
            after();
    });
    dialog->open();
}

// Done, but not journalled: the change stays (it is in sales.db), the operator is told.
std::function<void()> journalNotice(QWidget* parent, std::shared_ptr<QString> notice) {
    return [parent, notice] {
        if (!notice->isEmpty())
            warn(parent, Tr::tr("Audit journal"), *notice);
    };
}

void openShift(Runtime& runtime, QWidget* parent) {
    const QString currency = runtime.endOfDay().currency();
    auto notice = std::make_shared<QString>();
    CashAmountDialog::Setup s;
    s.objectName = QStringLiteral("openShiftDialog");
    s.title = Tr::tr("Open shift");
    s.text = Tr::tr("Count the cash put in the drawer to give change from. The shift starts with "
                    "it, and the Z report expects it back.");
    s.amountLabel = Tr::tr("Cash &float");
    s.confirmText = Tr::tr("&Open shift");
    s.currency = currency;
    s.amountProblem = [currency](const Money& m) {
        return EndOfDay::floatProblem(m, currency);
    };
    s.submit = [&runtime, notice](const Money& m, const QString&) {
        const EndOfDay::Result<Shift> r = runtime.endOfDay().openShift(m);
        *notice = r.value ? r.error : QString();
        return r.value ? QString() : r.error;
    };
    openAmountDialog(std::move(s), parent, journalNotice(parent, notice));
}

void moveCash(Runtime& runtime, CashMove::Kind kind, QWidget* parent) {
    const bool in = kind == CashMove::Kind::PayIn;
    const QString currency = runtime.endOfDay().currency();
    auto notice = std::make_shared<QString>();
    CashAmountDialog::Setup s;
    s.objectName = in ? QStringLiteral("payInDialog") : QStringLiteral("payOutDialog");
    s.title = in ? Tr::tr("Pay in") : Tr::tr("Pay out");
    s.text = in ? Tr::tr("Cash put into the drawer without a sale (change from the bank, ...).")
                : Tr::tr("Cash taken out of the drawer without a sale (a delivery paid in cash, "
                         "a bank drop, ...).");
    s.amountLabel = Tr::tr("&Amount");
    s.confirmText = in ? Tr::tr("&Pay in") : Tr::tr("&Pay out");
    s.currency = currency;
    s.withReason = true;
    s.amountProblem = [currency](const Money& m) {
        return EndOfDay::cashAmountProblem(m, currency);
    };
    s.reasonProblem = [](const QString& reason) {
        return EndOfDay::reasonProblem(reason);
    };
    s.submit = [&runtime, notice, in](const Money& m, const QString& reason) {
        const EndOfDay::Result<CashMove> r =
            in ? runtime.endOfDay().payIn(m, reason) : runtime.endOfDay().payOut(m, reason);
        *notice = r.value ? r.error : QString();
        return r.value ? QString() : r.error;
    };
    openAmountDialog(std::move(s), parent, journalNotice(parent, notice));
}

void closeDay(Runtime& runtime, QWidget* parent) {
    QString error;
    if (!runtime.endOfDay().currentShift(&error)) {
        warn(parent, Tr::tr("Close the day"),
             error.isEmpty() ? Tr::tr("No shift is open, so there is no day to close.") : error);
        return;
    }
    const QString currency = runtime.endOfDay().currency();
    auto made = std::make_shared<EndOfDay::Result<DayReport>>();
    CashAmountDialog::Setup s;
    s.objectName = QStringLiteral("closeDayDialog");
    s.title = Tr::tr("Close the day (Z report)");
    s.text = Tr::tr("Count the cash in the drawer and enter it. The Z report closes the shift and "
                    "the day for good: it can be reprinted, never changed.");
    s.amountLabel = Tr::tr("&Counted cash");
    s.confirmText = Tr::tr("&Close the day");
    s.currency = currency;
    s.amountProblem = [currency](const Money& m) {
        return EndOfDay::countedProblem(m, currency);
    };
    s.submit = [&runtime, made](const Money& m, const QString&) {
        *made = runtime.endOfDay().closeDay(m);
        return made->value ? QString() : made->error;
    };
    openAmountDialog(std::move(s), parent,
                     [&runtime, made, parent] { showReport(runtime, *made, false, parent); });
}

void reprintZ(Runtime& runtime, QWidget* parent) {
    const std::optional<StoredZReport> latest = runtime.sales().zReport();
    if (!latest) {
        const StorageError& error = runtime.sales().lastError();
        warn(parent, Tr::tr("Reprint Z report"),
             error.failed() ? error.message
                            : Tr::tr("There is no Z report yet: the day has never been closed on "
                                     "this till."));
        return;
    }
    auto* dialog = new ZNumberDialog(latest->number, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, dialog, [&runtime, dialog, parent] {
        showReport(runtime, runtime.endOfDay().zReport(dialog->number()), true, parent);
    });
    dialog->open();
}

} // namespace

QMenu* createTillMenu(Runtime& runtime, std::function<bool(Action, QWidget*)> permit,
                      QWidget* parent) {
    auto* menu = new QMenu(Tr::tr("Till (&Z)"), parent);
    menu->setObjectName(QStringLiteral("tillMenu"));
    const auto allowed = [permit = std::move(permit)](Action action, QWidget* where) {
        return !permit || permit(action, where);
    };
    const auto add = [menu, allowed, parent](const QString& text, const char* name, Action action,
                                             std::function<void()> run) {
        QAction* item = menu->addAction(text);
        item->setObjectName(QLatin1String(name));
        QObject::connect(item, &QAction::triggered, menu,
                         [allowed, action, parent, run = std::move(run)] {
                             if (allowed(action, parent))
                                 run();
                         });
        return item;
    };
    QAction* openAction = add(Tr::tr("&Open shift…"), "openShiftAction", Action::OpenShift,
                              [&runtime, parent] { openShift(runtime, parent); });
    QAction* payInAction =
        add(Tr::tr("Pay &in…"), "payInAction", Action::PayInOut,
            [&runtime, parent] { moveCash(runtime, CashMove::Kind::PayIn, parent); });
    QAction* payOutAction =
        add(Tr::tr("Pay o&ut…"), "payOutAction", Action::PayInOut,
            [&runtime, parent] { moveCash(runtime, CashMove::Kind::PayOut, parent); });
    menu->addSeparator();
    add(Tr::tr("&X report"), "xReportAction", Action::XReport,
        [&runtime, parent] { showReport(runtime, runtime.endOfDay().xReport(), false, parent); });
    QAction* closeAction = add(Tr::tr("&Close the day (Z report)…"), "closeDayAction",
                               Action::ZReport, [&runtime, parent] { closeDay(runtime, parent); });
    add(Tr::tr("&Reprint Z report…"), "reprintZAction", Action::Reprint,
        [&runtime, parent] { reprintZ(runtime, parent); });
    // What the drawer allows now; a database that cannot answer leaves everything on, and the
    // action itself then says why it cannot be done.
    QObject::connect(menu, &QMenu::aboutToShow, menu,
                     [&runtime, openAction, payInAction, payOutAction, closeAction] {
                         QString error;
                         const bool isOpen = runtime.endOfDay().currentShift(&error).has_value();
                         const bool known = error.isEmpty();
                         openAction->setEnabled(!known || !isOpen);
                         payInAction->setEnabled(!known || isOpen);
                         payOutAction->setEnabled(!known || isOpen);
                         closeAction->setEnabled(!known || isOpen);
                     });
    return menu;
}

} // namespace checkstand
