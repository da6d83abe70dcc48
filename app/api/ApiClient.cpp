// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/ApiClient.h"

#include "api/AccountsJob.h"
#include "api/CreatePostJob.h"
#include "api/UploadMediaJob.h"
#include "support/LoopbackHost.h"

namespace tokdeck {

QUrl ApiClient::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://v1.api.crosspostify.com"));
}

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_baseUrl(defaultBaseUrl())
{
    // Redirects are never followed automatically: the key must not travel to another host.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // Keep the key out of any on-disk cookie or cache: the API needs neither.
    m_network.setCookieJar(nullptr);
}

ApiClient::~ApiClient() = default;

void ApiClient::setBaseUrl(const QUrl &url)
{
    QUrl cleaned =
        url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    m_baseUrl = cleaned;
}

QString ApiClient::checkApiKey(const QString &key)
{
    // Keys are printable ASCII tokens. Anything else is a paste accident at best and header
    // injection at worst (a CR/LF would end the X-API-Key line and start a new header).
    for (qsizetype i = 0; i < key.size(); ++i) {
        const char16_t c = key.at(i).unicode();
        if (c > 0x20 && c < 0x7f)
            continue;
        QString what;
        switch (c) {
        case u'\n':
            what = tr("a line feed (LF)");
            break;
        case u'\r':
            what = tr("a carriage return (CR)");
            break;
        case u'\t':
            what = tr("a tab");
            break;
        case 0:
            what = tr("a NUL character");
            break;
        case u' ':
            what = tr("a space");
            break;
        default:
            what = tr("the character U+%1")
                       .arg(QString::number(uint(c), 16).toUpper().rightJustified(4, u'0'));
        }
        return tr("%1 at character %2 of %3").arg(what).arg(i + 1).arg(key.size());
    }
    return {};
}

bool ApiClient::setApiKey(const QString &key)
{
    m_apiKeyProblem = checkApiKey(key);
    // A refused key is not kept at all, so no path can put it on the wire.
    m_apiKey = m_apiKeyProblem.isEmpty() ? key : QString();
    return m_apiKeyProblem.isEmpty();
}

qint64 ApiClient::attemptDeadlineMs(qint64 uploadBytes) const
{
    const qint64 rate = std::max<qint64>(1, m_deadlines.uploadBytesPerSecond);
    return qint64(m_deadlines.attemptMs) + std::max<qint64>(0, uploadBytes) * 1000 / rate;
}

qint64 ApiClient::totalDeadlineMs(qint64 uploadBytes) const
{
    return attemptDeadlineMs(uploadBytes) - m_deadlines.attemptMs + m_deadlines.totalMs;
}

bool ApiClient::isBaseUrlAcceptable() const
{
    return isAcceptableApiUrl(m_baseUrl);
}

bool ApiClient::isSandboxUrl() const
{
    return isLoopbackHost(m_baseUrl.host());
}

QNetworkRequest ApiClient::makeRequest(const QString &path) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("X-API-Key"), m_apiKey.toUtf8());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Tokdeck/0.1"));
    return request;
}

AccountsJob *ApiClient::fetchAccounts()
{
    return new AccountsJob(this);
}

UploadMediaJob *ApiClient::uploadMedia(const QString &path, MediaFormat format)
{
    return new UploadMediaJob(this, path, format);
}

CreatePostJob *ApiClient::createPost(const CreatePostRequest &request)
{
    return new CreatePostJob(this, request);
}

} // namespace tokdeck
