// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QIODevice>

namespace tokdeck {

// A request body that can be read once and never rewound.
//
// Why: when a server drops a connection before answering, Qt's HTTP stack quietly sends the
// same request again on a new connection, POST included (Qt 6.4 has no idempotency check
// there). For a create call that could publish a post twice. Qt must rewind the body to resend
// it; this device refuses (sequential, reset() fails), so Qt reports ContentReSendError
// instead, which the client treats as "may have been published".
class OneShotBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotBody)

public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace tokdeck
