#include "tenderdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace checkstand {

namespace {

std::optional<TenderDialog::Answer> g_nextAnswer;

} // namespace

TenderDialog::TenderDialog(const Money& total, const QString& saleNumber, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("tenderDialog"));
    setWindowTitle(tr("Payment"));

    auto* amount = new QLabel(tr("Sale %1: %2").arg(saleNumber, total.toDisplayString()));
    amount->setObjectName(QStringLiteral("tenderTotal"));
    QFont large = amount->font();
    large.setBold(true);
    large.setPointSizeF(large.pointSizeF() * 1.4);
    amount->setFont(large);

    auto* prompt = new QLabel(tr("How does the customer pay? (press 1, 2 or 3)"));

    const auto button = [this](const QString& text, const char* name, Tender tender, Qt::Key key) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setMinimumHeight(40);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, [this, tender] { choose(tender); });
        auto* shortcut = new QShortcut(QKeySequence(key), this);
        connect(shortcut, &QShortcut::activated, this, [this, tender] { choose(tender); });
        return b;
    };
    QPushButton* cash = button(tr("1  Cash"), "tenderCash", Tender::Cash, Qt::Key_1);
    QPushButton* card =
        button(tr("2  Card on the payment terminal"), "tenderCard", Tender::Card, Qt::Key_2);
    QPushButton* financing = button(tr("3  ChargeAfter financing (send a checkout link)"),
                                    "tenderFinancing", Tender::Financing, Qt::Key_3);
    cash->setDefault(true);

    // Parented at once: a default button must know its dialog, or the dialog picks the first
    // auto-default button (Cancel) as the one Enter presses.
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(amount);
    layout->addWidget(prompt);
    layout->addWidget(cash);
    layout->addWidget(card);
    layout->addWidget(financing);
    layout->addWidget(buttons);
    cash->setFocus(Qt::OtherFocusReason);
}

void TenderDialog::choose(Tender tender) {
    m_chosen = tender;
    accept();
}

void TenderDialog::setNextAnswer(Answer answer) {
    g_nextAnswer = answer;
}

void TenderDialog::clearNextAnswer() {
    g_nextAnswer.reset();
}

TenderDialog* TenderDialog::ask(QWidget* parent, const Money& total, const QString& saleNumber,
                                QObject* context, std::function<void(std::optional<Tender>)> done) {
    if (g_nextAnswer) {
        const Answer answer = *g_nextAnswer;
        g_nextAnswer.reset();
        switch (answer) {
        case Answer::Cash:
            done(Tender::Cash);
            break;
        case Answer::Card:
            done(Tender::Card);
            break;
        case Answer::Financing:
            done(Tender::Financing);
            break;
        case Answer::Cancel:
            done(std::nullopt);
            break;
        }
        return nullptr;
    }
    auto* dialog = new TenderDialog(total, saleNumber, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, context, [dialog, done = std::move(done)](int result) {
        done(result == QDialog::Accepted ? dialog->chosen() : std::nullopt);
    });
    dialog->open();
    return dialog;
}

} // namespace checkstand
