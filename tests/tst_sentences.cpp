// Sentences: translated sentences put together with the spacing their script uses.
#include "sentences.h"

#include <QtTest>

class TestSentences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void join_data();
    void join();
};

void TestSentences::join_data()
{
    QTest::addColumn<QStringList>("sentences");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QStringList() << QString();
    QTest::newRow("English") << QStringList{QStringLiteral("Status 503."),
                                            QStringLiteral("Refused at the queue.")}
                             << QStringLiteral("Status 503. Refused at the queue.");
    QTest::newRow("Japanese: no space after 。")
        << QStringList{QStringLiteral("ステータス 503。"),
                       QStringLiteral("キューで拒否されました。")}
        << QStringLiteral("ステータス 503。キューで拒否されました。");
    QTest::newRow("after full-width ！ and ？")
        << QStringList{QStringLiteral("注意！"), QStringLiteral("なぜ？"),
                       QStringLiteral("終わり。")}
        << QStringLiteral("注意！なぜ？終わり。");
    QTest::newRow("empty ones are left out")
        << QStringList{QString(), QStringLiteral("One."), QString(), QStringLiteral("Two.")}
        << QStringLiteral("One. Two.");
    QTest::newRow("German after a Japanese stop keeps no space")
        << QStringList{QStringLiteral("ja。"), QStringLiteral("Nein.")}
        << QStringLiteral("ja。Nein.");
}

void TestSentences::join()
{
    QFETCH(QStringList, sentences);
    QFETCH(QString, expected);
    QCOMPARE(Sentences::join(sentences), expected);
    if (sentences.size() == 2)
        QCOMPARE(Sentences::append(sentences[0], sentences[1]), expected);
}

QTEST_GUILESS_MAIN(TestSentences)
#include "tst_sentences.moc"
