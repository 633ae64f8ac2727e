// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operators/operatorstore.h"

#include <functional>

class QMenu;
class QWidget;

namespace checkstand {

class Runtime;

// The Till menu: Open shift…, Pay in…, Pay out…, X report, Close the day (Z report)… and
// Reprint Z report…, all through Runtime::endOfDay(). Before each, `permit(action, parent)` is
// asked (the window connects it to the role rules and the supervisor override) and nothing
// happens when it answers false: OpenShift, PayInOut, XReport, ZReport (closing the day) and
// Reprint. Each dialog is small and keyboard-first (type, Enter), says what is wrong under the
// field and writes nothing until the input is right; a report opens in a ReportDialog with
// Print… and Save as PDF…. What cannot be opened (no shift to pay into, none to close) is
// disabled each time the menu opens. Object names: "tillMenu", "openShiftAction",
// "payInAction", "payOutAction", "xReportAction", "closeDayAction", "reprintZAction".
QMenu* createTillMenu(Runtime& runtime, std::function<bool(Action, QWidget*)> permit,
                      QWidget* parent);

} // namespace checkstand
