#pragma once

#include <QWidget>

namespace checkstand {

// A page that is not built yet, saying in plain words what will come and what to use now.
class PlaceholderPage : public QWidget {
    Q_OBJECT
public:
    PlaceholderPage(const QString& title, const QString& message, QWidget* parent = nullptr);
};

} // namespace checkstand
