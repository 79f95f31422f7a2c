// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "vocabulary.h"

#include "demo_random.h"

#include <QStringList>

namespace lector::demo {

namespace {

const QStringList& englishWords()
{
    static const QStringList words = QStringLiteral(
        "the of and to in for is on that by this with you it not or be are from at as your all have new more an "
        "was we will home can us about if page my has search free but our one other do no information time they "
        "site he up may what which their news out use any there see only so his when contact here business who "
        "web also now help get view online first been would how were me services some these click its like service "
        "than find price date back top people had list name just over state year day into email two health world "
        "next used work last most products music buy data make them should product system post her city add policy "
        "number such please available copyright support message after best software then jan good video well where "
        "info rights public books high school through each links she review years order very privacy book items "
        "company read group need many user said does set under general research university january mail full map "
        "reviews program life know games way days management part could great united hotel real item international "
        "center ebay must store travel comments made development report off member details line terms before hotels "
        "did send right type because local those using results office education national car design take posted "
        "internet address community within states area want phone shipping reserved subject between forum family "
        "long based code show even black check special prices website index being women much sign file link open "
        "today technology south case project same pages version section own found sports house related security "
        "both county american photo game members power while care network down computer systems three total place "
        "end following download him without per access think north resources current posts big media law control "
        "water history pictures size art personal since including guide shop directory board location change white "
        "text small rating rate government children during return students shopping account times sites level "
        "digital profile previous form events love old john main call hours image department title description "
        "invoice receipt balance payment customer quantity amount delivery signature approved schedule meeting "
        "agenda minutes budget summary statement reference attached enclosed regards sincerely dear manager")
                                         .split(QLatin1Char(' '));
    return words;
}

const QStringList& koreanWords()
{
    static const QStringList words = QStringLiteral(
        "영수증 합계 가격 날짜 주소 서울 부산 대구 인천 회사 고객 번호 전화 상품 수량 금액 결제 카드 현금 "
        "감사합니다 안녕하세요 주문 배송 확인 담당자 부서 회의 일정 보고서 요약 참고 첨부 계약 서명 승인 "
        "교육 학생 학교 도서관 병원 약국 식당 커피 우유 빵 과일 사과 김치 라면 주차 요금 할인 부가세 "
        "합니다 있습니다 없습니다 위하여 대한 관련 경우 기간 내용 안내 공지 문의 사항 변경 등록 신청")
                                         .split(QLatin1Char(' '));
    return words;
}

const QStringList& headings()
{
    static const QStringList words = QStringLiteral(
        "INVOICE|Receipt|Meeting Minutes|Quarterly Report|Delivery Note|Purchase Order|Notice|Statement of Account|"
        "Registration Form|Price List|영수증|공지 사항|회의록|Order Summary|Travel Itinerary")
                                         .split(QLatin1Char('|'));
    return words;
}

const QString& pickFrom(DemoRandom& rng, const QStringList& list)
{
    return list[rng.uniformInt(0, static_cast<int>(list.size()) - 1)];
}

QString capitalized(const QString& word)
{
    if (word.isEmpty())
        return word;
    return word.left(1).toUpper() + word.mid(1);
}

} // namespace

QString Vocabulary::englishWord(DemoRandom& rng) const { return pickFrom(rng, englishWords()); }

QString Vocabulary::koreanWord(DemoRandom& rng) const { return pickFrom(rng, koreanWords()); }

QString Vocabulary::number(DemoRandom& rng) const
{
    const double r = rng.uniform();
    if (r < 0.5)
        return QString::number(rng.uniformInt(1, 99));
    if (r < 0.8)
        return QString::number(rng.uniformInt(100, 9999));
    return QStringLiteral("%1,%2").arg(rng.uniformInt(1, 999)).arg(rng.uniformInt(0, 999), 3, 10, QLatin1Char('0'));
}

QString Vocabulary::date(DemoRandom& rng) const
{
    const int y = rng.uniformInt(2019, 2026);
    const int m = rng.uniformInt(1, 12);
    const int d = rng.uniformInt(1, 28);
    const QLatin1Char zero('0');
    switch (rng.uniformInt(0, 2)) {
    case 0:
        return QStringLiteral("%1-%2-%3").arg(y).arg(m, 2, 10, zero).arg(d, 2, 10, zero);
    case 1:
        return QStringLiteral("%1/%2/%3").arg(d, 2, 10, zero).arg(m, 2, 10, zero).arg(y);
    default:
        return QStringLiteral("%1.%2.%3").arg(y).arg(m, 2, 10, zero).arg(d, 2, 10, zero);
    }
}

QString Vocabulary::time(DemoRandom& rng) const
{
    return QStringLiteral("%1:%2")
        .arg(rng.uniformInt(7, 21), 2, 10, QLatin1Char('0'))
        .arg(rng.uniformInt(0, 59), 2, 10, QLatin1Char('0'));
}

QString Vocabulary::price(DemoRandom& rng, bool sign) const
{
    const int kind = rng.uniformInt(0, 3);
    if (kind == 3) {
        // Won have no cents and group thousands.
        const int won = rng.uniformInt(1, 300) * 500;
        const QString digits = won >= 1000
            ? QStringLiteral("%1,%2").arg(won / 1000).arg(won % 1000, 3, 10, QLatin1Char('0'))
            : QString::number(won);
        return sign ? QStringLiteral("₩") + digits : digits;
    }
    const QString amount
        = QStringLiteral("%1.%2").arg(rng.uniformInt(1, 480)).arg(rng.uniformInt(0, 99), 2, 10, QLatin1Char('0'));
    if (!sign)
        return amount;
    static const QString signs[] = { QStringLiteral("$"), QStringLiteral("€"), QStringLiteral("£") };
    return signs[kind] + amount;
}

QString Vocabulary::code(DemoRandom& rng) const
{
    static const QStringList prefixes = QStringLiteral("INV ORD REF PO NO").split(QLatin1Char(' '));
    return QStringLiteral("%1-%2").arg(pickFrom(rng, prefixes)).arg(rng.uniformInt(10000, 99999));
}

QString Vocabulary::percentage(DemoRandom& rng) const { return QStringLiteral("%1%").arg(rng.uniformInt(1, 40)); }

std::vector<QString> Vocabulary::sentence(DemoRandom& rng, int count, double koreanShare) const
{
    std::vector<QString> out;
    out.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        const double r = rng.uniform();
        QString w;
        if (r < koreanShare)
            w = koreanWord(rng);
        else if (r < koreanShare + 0.05)
            w = number(rng);
        else if (r < koreanShare + 0.07)
            w = date(rng);
        else if (r < koreanShare + 0.09)
            w = price(rng, true);
        else
            w = englishWord(rng);
        if (i == 0)
            w = capitalized(w);
        if (i + 1 < count && i > 0 && rng.chance(0.08))
            w += QLatin1Char(',');
        out.push_back(w);
    }
    if (!out.empty())
        out.back() += QLatin1Char('.');
    return out;
}

std::vector<QString> Vocabulary::koreanSentence(DemoRandom& rng, int count) const
{
    std::vector<QString> out;
    for (int i = 0; i < count; ++i)
        out.push_back(rng.chance(0.1) ? number(rng) : koreanWord(rng));
    if (!out.empty())
        out.back() += QLatin1Char('.');
    return out;
}

QString Vocabulary::heading(DemoRandom& rng) const { return pickFrom(rng, headings()); }

QString Vocabulary::scriptOf(const QString& word)
{
    bool latin = false;
    for (const QChar c : word) {
        const ushort u = c.unicode();
        if ((u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x1100 && u <= 0x11FF) || (u >= 0x3130 && u <= 0x318F))
            return QStringLiteral("Hang");
        if (c.isLetter())
            latin = true;
    }
    return latin ? QStringLiteral("Latn") : QStringLiteral("Zyyy");
}

bool Vocabulary::isSignedPrice(const QString& word)
{
    return word.size() >= 2 && word.at(0).category() == QChar::Symbol_Currency && word.at(1).isDigit();
}

} // namespace lector::demo
