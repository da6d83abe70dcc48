// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rules/ValidationIssue.h"

#include <algorithm>

namespace tokdeck {

QString ValidationIssue::toDisplayString() const
{
    return subject.isEmpty() ? message : subject + QStringLiteral(": ") + message;
}

bool hasRejection(const ValidationIssues &issues)
{
    return std::any_of(issues.begin(), issues.end(),
                       [](const ValidationIssue &issue) { return issue.isRejection(); });
}

ValidationIssues rejectionsOf(const ValidationIssues &issues)
{
    ValidationIssues result;
    std::copy_if(issues.begin(), issues.end(), std::back_inserter(result),
                 [](const ValidationIssue &issue) { return issue.isRejection(); });
    return result;
}

} // namespace tokdeck
