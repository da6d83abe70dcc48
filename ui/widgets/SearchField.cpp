// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/SearchField.h"

#include <QLineEdit>
#include <memory>

namespace tokdeck {

void giveClearButtonWhenTyped(QLineEdit *field)
{
    if (!field->text().isEmpty()) {
        field->setClearButtonEnabled(true);
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(field, &QLineEdit::textChanged, field,
                                   [field, connection](const QString &text) {
                                       if (text.isEmpty())
                                           return;
                                       QObject::disconnect(*connection);
                                       field->setClearButtonEnabled(true);
                                   });
}

} // namespace tokdeck
