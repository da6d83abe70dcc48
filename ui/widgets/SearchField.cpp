// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/SearchField.h"

#include <QLineEdit>

namespace tokdeck {

void giveClearButtonWhenTyped(QLineEdit *field)
{
    if (!field->text().isEmpty()) {
        field->setClearButtonEnabled(true);
        return;
    }
    // From an empty field, the first change is always to some text.
    QObject::connect(
        field, &QLineEdit::textChanged, field, [field] { field->setClearButtonEnabled(true); },
        Qt::SingleShotConnection);
}

} // namespace tokdeck
