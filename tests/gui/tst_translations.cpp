// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The German translation: complete, faithful to every placeholder and access key of its source
// (a lost %1 shows a blank, a lost & takes a menu's key away), built into the UI library, and
// really applied to the main window when the locale is German.

#include "LocalSandbox.h"
#include "MainWindow.h"
#include "Mnemonics.h"
#include "TestStorage.h"
#include "accounts/AccountsPanel.h"
#include "i18n/AppTranslations.h"
#include "publish/UploadQueue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace tokdeck;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QStringList forms; // one, or one per plural form
    bool numerus = false;
    bool unfinished = false;
};

QList<TsMessage> readTs(const QString &path)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(path));
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message"))
            messages.append(message);
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message =
                TsMessage{context,
                          {},
                          {},
                          xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.unfinished =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (!message.numerus)
                message.forms << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            message.forms << xml.readElementText();
        }
    }
    if (xml.hasError()) {
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
        return {};
    }
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?\\d+|%n"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

// Access keys: an & before a letter or digit; && is a literal ampersand.
int accessKeys(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(?<!&)&(?=[\\w])"));
    int count = 0;
    for (auto it = pattern.globalMatch(QString(text).remove(QStringLiteral("&&"))); it.hasNext();
         it.next())
        ++count;
    return count;
}

// The width the composer's scrolled form asks for, shown: more than its column, and it scrolls
// sideways.
int editorWidth(MainWindow &window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qWarning("the window was not shown");
    if (const auto *scroll = window.findChild<QScrollArea *>(QStringLiteral("postEditorScroll")))
        return scroll->widget()->minimumSizeHint().width();
    qWarning("no post editor found");
    return 1'000'000;
}

QString describe(const TsMessage &message)
{
    return message.context + QStringLiteral(": \"") + message.source + QLatin1Char('"');
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanIsCompleteAndKeepsPlaceholdersAndKeys()
    {
        const QList<TsMessage> messages = readTs(QStringLiteral(TOKDECK_GERMAN_TS));
        qInfo("%lld messages", qlonglong(messages.size()));
        QVERIFY(messages.size() > 400);
        QStringList problems;
        for (const TsMessage &message : messages) {
            if (message.unfinished || message.forms.isEmpty())
                problems << QStringLiteral("untranslated: ") + describe(message);
            if (message.numerus && message.forms.size() != 2)
                problems << QStringLiteral("needs singular and plural: ") + describe(message);
            for (const QString &form : message.forms) {
                if (form.trimmed().isEmpty())
                    problems << QStringLiteral("empty: ") + describe(message);
                // German plurals may spell the singular out ("ein Beitrag"), but %n must stay in
                // the plural and every numbered placeholder everywhere.
                QStringList expected = placeholders(message.source);
                QStringList got = placeholders(form);
                if (message.numerus && form == message.forms.first()) {
                    expected.removeAll(QStringLiteral("%n"));
                    got.removeAll(QStringLiteral("%n"));
                }
                if (expected != got)
                    problems << QStringLiteral("placeholders %1 became %2: %3")
                                    .arg(expected.join(QLatin1Char(' ')),
                                         got.join(QLatin1Char(' ')), describe(message));
                if (accessKeys(form) != accessKeys(message.source))
                    problems << QStringLiteral("access key lost or added: ") + describe(message);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void checksCatchABrokenTranslation()
    {
        // The checks above would pass on anything if these helpers saw nothing.
        QCOMPARE(placeholders(QStringLiteral("%2 of %1, %n, %L3")),
                 (QStringList{QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%L3"),
                              QStringLiteral("%n")}));
        QCOMPARE(accessKeys(QStringLiteral("&File")), 1);
        QCOMPARE(accessKeys(QStringLiteral("Tom && Jerry")), 0);
        QCOMPARE(accessKeys(QStringLiteral("Save && &Quit")), 1);
    }

    void englishLocaleLoadsNothing()
    {
        const AppTranslations translations(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(!translations.hasTokdeckTranslation());
        QCOMPARE(QCoreApplication::translate("tokdeck::MainWindow", "&File"),
                 QStringLiteral("&File"));
    }

    void germanLocaleTranslatesTheCoreTheWindowAndQt()
    {
        test::LocalSandbox sandbox;
        QVERIFY(sandbox.start());
        QTemporaryDir dir;
        const auto storage = test::openTestStorage(dir);
        QVERIFY(storage);
        int englishWidth = 0;
        {
            MainWindow english(&sandbox.client, nullptr, storage.get());
            englishWidth = editorWidth(english);
        }

        const QLocale german(QLocale::German, QLocale::Germany);
        const auto translations = std::make_unique<AppTranslations>(german);
        QVERIFY(translations->hasTokdeckTranslation());
        // Core strings (rules, CLI) and plurals come through the same catalogue.
        QCOMPARE(QCoreApplication::translate("ExchangeCommands", "%n post(s) exported to %1.",
                                             nullptr, 3)
                     .arg(QStringLiteral("a.ics")),
                 QStringLiteral("3 Beiträge nach a.ics exportiert."));
        // Qt's own buttons follow, from the system's Qt translations (qt6-translations-l10n).
        QVERIFY(translations->hasQtTranslation());
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Abbrechen"));

        // Dates and day names follow the locale as the app's would (the system's).
        const QLocale before;
        QLocale::setDefault(german);
        const auto restoreLocale = qScopeGuard([&] { QLocale::setDefault(before); });
        MainWindow window(&sandbox.client, nullptr, storage.get());
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text();
        QVERIFY2(menus.contains(QStringLiteral("&Datei")),
                 qPrintable(menus.join(QLatin1Char(' '))));
        QVERIFY(!menus.contains(QStringLiteral("&File")));
        // Longer words wrap or elide: the editor needs (nearly) no more room than in English, or
        // German users would scroll it sideways.
        const int germanWidth = editorWidth(window);
        qInfo("post editor's minimum width: English %d px, German %d px", englishWidth,
              germanWidth);
        QVERIFY2(germanWidth <= englishWidth * 11 / 10,
                 qPrintable(QStringLiteral("%1 px in German, %2 in English")
                                .arg(germanWidth)
                                .arg(englishWidth)));

        // Translated access keys must not clash either (the translator chose new letters).
        window.uploadQueue()->add({dir.filePath(QStringLiteral("gone.mp4"))}); // shows the queue
        QTRY_VERIFY(
            window.findChild<QWidget *>(QStringLiteral("uploadQueueView"))->isVisibleTo(&window));
        // With everything on screen, the German window still fits a 1280-pixel-wide screen.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        qInfo("German window's minimum width with the upload queue: %d px",
              window.minimumSizeHint().width());
        QVERIFY(window.minimumSizeHint().width() <= 1280);
        const QStringList clashes = test::mnemonicClashes(&window);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));

        // For a look at how it all fits (a test artifact, like the English shot).
        QSignalSpy accountsLoaded(window.accountsPanel(), &AccountsPanel::accountsLoaded);
        window.resize(1280, 800);
        window.accountsPanel()->refresh();
        QVERIFY(accountsLoaded.wait(10'000));
        QCoreApplication::sendPostedEvents(nullptr,
                                           QEvent::LayoutRequest); // the status text's new width
        const QString artifacts = QStringLiteral(TOKDECK_ARTIFACTS_DIR);
        QDir().mkpath(artifacts);
        QVERIFY(window.grab().save(artifacts + QStringLiteral("/main-window-de.png")));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
