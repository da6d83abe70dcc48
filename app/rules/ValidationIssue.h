// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <utility>

namespace tokdeck {

// One finding of a rule: a rejection blocks publishing, a warning only advises.
struct ValidationIssue
{
    enum class Severity { Reject, Warn };

    ValidationIssue() = default;
    ValidationIssue(Severity severity_, QString subject_, QString message_, QString accountId_ = {})
        : severity(severity_)
        , subject(std::move(subject_))
        , message(std::move(message_))
        , accountId(std::move(accountId_))
    {}

    Severity severity = Severity::Reject;
    QString subject; // what it is about: a file name, "caption", "title", "schedule", an account id
    QString message; // translated sentence naming the subject, the rule and the fix
    QString accountId; // set when it is about one account's post (its own text, its ID)

    bool isRejection() const { return severity == Severity::Reject; }
    QString toDisplayString() const; // "subject: message"
};

using ValidationIssues = QList<ValidationIssue>;

bool hasRejection(const ValidationIssues &issues);
ValidationIssues rejectionsOf(const ValidationIssues &issues);

} // namespace tokdeck
