#pragma once

#include <QList>
#include <QString>

namespace tokdeck {

// One finding of a rule: a rejection blocks publishing, a warning only advises.
struct ValidationIssue
{
    enum class Severity { Reject, Warn };

    Severity severity = Severity::Reject;
    QString subject; // what it is about: a file name, "caption", "title", "schedule", an account id
    QString message; // translated sentence naming the subject, the rule and the fix

    bool isRejection() const { return severity == Severity::Reject; }
    QString toDisplayString() const; // "subject: message"
};

using ValidationIssues = QList<ValidationIssue>;

bool hasRejection(const ValidationIssues &issues);
ValidationIssues rejectionsOf(const ValidationIssues &issues);

} // namespace tokdeck
