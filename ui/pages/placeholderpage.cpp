#include "placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace checkstand {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& message, QWidget* parent)
    : QWidget(parent) {
    auto* heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.4);
    heading->setFont(font);

    auto* text = new QLabel(message, this);
    text->setObjectName(QStringLiteral("placeholderMessage"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch();
}

} // namespace checkstand
