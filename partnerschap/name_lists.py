"""Common first names and surnames in the Netherlands, for names typed in lower case or
in capitals after a role word ("moeder fatima", "MOEDER FATIMA", "fam. jansen").

A capitalised word after a role word is taken as a name whatever it is; a word in lower
case or in capitals only when it is in these lists, so that "moeder belde" and "vader zei"
stay as they are. The lists hold the names most given in the Netherlands over the last
decades (Dutch, Frisian, Moroccan, Turkish, Surinamese, Antillean, Polish and other
European), English names for English notes, and the most frequent surnames. Names that are
also common Dutch or English words ("ben", "wil", "roos", "hoop", "will", "mark") are left
out of the first-name list (see ``_ALSO_WORDS``): in lower case they are read as words.

Shared ground (data only, no imports beyond the standard library): the privacy rules use
the lists, and the pre-filters of the transcript and reflection guards use
:func:`may_hold_typed_name` to know, without importing the rules, that a text may hold
such a name.
"""

from __future__ import annotations

import re

_DUTCH = """
aafke aagje aart adriaan adrie agnes aimee alexander alexandra alida alies alwin amber
amy andre andrea anita anja anke anne anneke annemarie annemieke annet annette anouk
anton antoon arend arie arjan arjen arno aron astrid babette barbara bart bastiaan bea
benthe bente bep bernard bert bianca bram brenda brent britt caroline casper cees celine
charlotte chantal chris christiaan claudia cor corine corne cornelis daan daisy damian
danny daphne dave david dean debby demi dennis dewi diana dick diederik dina dirk dominique
douwe dylan edwin eline elise elisa elke ellen els elske emma erik erwin esmee esther eva
evelien evi evy fabian fenna femke finn fleur floor floortje floris frank freek frits gea
geert gerard gerben gerda gerrit gert gijs gerrie gwen hanna hannah hans harm harrie
hendrik henk henny herman hester hidde hilde huub ilse inge ingrid iris isa isabel isabella
isabelle ivo jaap jacob jacqueline jan janneke jannes jasper jeroen jesse jet jetske jildou
joep joey johan johanna john jolanda joost joris jorn jos jose joyce judith julia julian
juliette jurre jurriaan just justin kees kevin kim koen kristel laura lars lean lieke
lies lieve linda lisa lisanne lise liv loes lotte lotje luc lucas luuk lynn maaike
maarten madelief manon marco marcel marieke marijke marijn marit marleen marloes martijn
martin martine mats max maud maureen meike melissa merel michel michelle mila milan
mirjam monique myrthe naomi nicole niek niels nienke noah noor noortje nora olivier
pascal patrick paul pepijn petra piet pieter pim puck quinten quinty ralph ramon rein
remco renske rianne richard rick rik rob robin roel ronald rosa ruben rutger ruud sam
samuel sander sanne sara sarah sascha sebastiaan sem senna silvia simon sjaak sjoerd
sofie sophie stefan stijn suzanne sven teun thijs thirza thomas tijn tim timo tobias tom
tomas tommy tess tessa thea ties tineke tjitske twan valerie vera vincent wendy wesley
wietske willem willemijn wim wouter xander yara yvonne zoe zoë
ria riet truus annie mien ineke marian marianne hanneke wilma greet nel toos corrie ans
jenny mieke jeanette karin sandra ilona miranda marjolein marleen mariska joyce kelly
nina lara jayden jaylinn djayden rayan ryan yusuf noud siem luca liam mees olivia fien
fenne jip jente lauren lizzy
"""

_MOROCCAN_ARABIC = """
aboubakr abdel abdelaziz abdelkader abdellah abdelhak abdessamad abdullah adam adil ahmed
aicha aisha aya ayoub amal amina amine amir amira anas asma asmae ayman bilal bouchra
chaima chaimae dounia driss fadoua farid fatima fatiha fouad hafsa hajar hakim hamza
hanane hassan hatim hicham hiba houda hind hoessein hussein ibrahim ikram ilham ilias
ilyas imane imad iman jamal jamila kaoutar karim khadija khalid latifa layla leila lina
loubna malika mariam maryam marwa meryem mehdi mina mohamed mohammed mohamad mouad
mounir mustafa nabil nadia nadir naima najib nassim nawal nisrine noura nourdin omar
oussama rachid rania redouan reda rida saad safae said salma samir samira sanae selma
siham soufiane sofia souad sufyan tarik wassim yassin yassine yasmina yasmine youssef
yousra younes zakaria zineb zohra zoubida
"""

_TURKISH = """
ahmet ali aylin aysel ayse ayşe azra baris barış berkay betul betül burak busra büşra
can cem cengiz deniz derya ebru ece ecrin elif emel emir emine emre enes erdem esra eylul
eylül fatma fatih furkan gizem gul gül gulsen hakan hatice hulya hülya ibrahim irem kaan
kemal kerem leyla mehmet melek melike meltem merve mert mustafa necla nesrin nur ozan
ozlem özlem recep selin serkan sevgi sinan songul songül tuba tugba tuğba ugur uğur
umut yasin yusuf zehra zeynep
"""

_SURINAMESE_ANTILLEAN = """
anjali anil arvind ashwin asha chandra devika dinesh geeta ishaan kavita kiran krishna
lakshmi mahesh manisha meena nisha prem priya radha rajesh rakesh ravi reshma rohit
sanjay santosh shanti shiva sunil sunita vijay vikash wiedjai
aaron achmad anwar aswin djoko ilona jerrel jurgen kenneth kiswan lucia marcelino natasha
nigel priscilla ricardo rodney romano roy ruth shanice shanti sharon sheila sherida
shirley soraya sylvana tamara virgil wendell
ashley chanel chantal daysha diangelo eugene glenn gregory jamiro jayden jeffrey jennifer
jorginho jurich kayla kimberly maikel marcella mayra merwin natalie osmar quincy ramiro
raysheline rivaldo roxanne shakira tyrone ursula xaviera yanick
"""

_POLISH_EASTERN = """
agnieszka aleksandra andrzej anna bartosz dawid dominika ewa grzegorz jakub joanna
kamil kasia katarzyna krzysztof lukasz łukasz magda magdalena malgorzata małgorzata
marek mariusz marta mateusz michal michał monika natalia oliwia pawel paweł piotr
sebastian szymon tomasz wojciech zofia zuzanna
irina olena oksana olga sergei sergey tatiana vladimir yulia dmitri nikolai natasha
ionut andrei elena mihai bogdan ivana milica nikola dragan stefan petar
"""

_ENGLISH_OTHER = """
abigail adrian alice alfie amelia andrew anthony archie ava benjamin beth bethany
brian charlie chloe christopher daniel darren debbie dylan edward eleanor elizabeth
ella ellie emily ethan freya george georgia grace gemma hannah harry harvey helen henry
holly isla isaac jack jacob james jane jason jennifer jessica joe joseph joshua katie
kate kathryn kayleigh lauren leo liam lily lucy luke mason matthew megan mia michael
molly nathan nicholas oliver olivia oscar paula peter poppy rachel rebecca robert
ruby ryan samantha scott sean sophia stephen steven susan thomas tyler victoria william
zara aurelia giulia giuseppe luca marco matteo sofia francesca alessandro carlos jose
juan maria mariana miguel pablo paulo pedro diego lucia
abdi abdirahman ayaan filmon hagos helen mebrahtu semhar senait tesfay yonas aman
"""

_ALSO_WORDS = frozenset(
    str.split(
        """
    ben bas wil will roos hoop mark lot fleur floor puck jet just lean lies lieve rosa rob
    ruth grace may june april august joy hope faith rose ray bill pat sue jack nur can said
    elke harm dick amber
    """
    )
)
"""Names that are also Dutch or English words often written after a role word ("vader
wil", "mum said", "elke moeder"): left out, so that in lower case they are read as words.
A capitalised "Mark" or "Roos" after a role word is still a name (that rule needs no list).
"""

_SURNAMES = """
de jong, jansen, de vries, van den berg, van dijk, bakker, janssen, visser, smit, meijer,
de boer, mulder, de groot, bos, vos, peters, hendriks, van leeuwen, dekker, brouwer,
de wit, dijkstra, smits, de graaf, van der meer, van der linden, kok, jacobs, de haan,
vermeulen, van den heuvel, van der veen, van den broek, de bruijn, de bruin,
van der heijden, schouten, van beek, willems, van vliet, van de ven, hoekstra, maas,
verhoeven, koster, van dam, van der wal, prins, blom, huisman, peeters, de koning,
van wijk, postma, kuipers, van der laan, veenstra, sanders, de lange, timmermans,
gerritsen, kramer, van rijn, bosch, wouters, evers, van der horst, kuijpers, de ridder,
hermans, martens, van loon, bosman, jonker, de haas, van doorn, scholten, el amrani,
el idrissi, el ouali, el khatib, el hamdaoui, el bakkali, el moussaoui, el ouazzani,
benali, bouzid, boukhari, amrani, idrissi, haddou, aziz, bennani, chaouch, azzouzi, tahiri,
yilmaz, yılmaz, kaya, demir, sahin, şahin, celik, çelik, yildiz, yıldız, aydin, aydın,
ozturk, öztürk, arslan, dogan, doğan, kilic, kılıç, aslan, cetin, çetin, kara, koc, koç,
kurt, ozdemir, özdemir, ramdin, ramsaran, jagessar, mahabier, baldewsingh, kalloe, sewnath,
soekhai, ramlal, martina, statia, coffie, doest, rosaria, kowalski, kowalska, nowak,
wisniewski, wiśniewski, wojcik, wójcik, kaminski, kamiński, lewandowski, zielinski,
zieliński, szymanski, szymański, wozniak, woźniak, smith, jones, williams, brown, taylor,
wilson, johnson, davies, evans, thomas, roberts, walker, wright, robinson, thompson, white,
hughes, edwards, green, hall, wood, harris, clarke, jackson
"""


def _set(*blocks: str) -> frozenset[str]:
    return frozenset(w.casefold() for block in blocks for w in block.split())


#: First names (case-folded) that may be read as a name in lower case or capitals.
FIRST_NAMES: frozenset[str] = (
    _set(_DUTCH, _MOROCCAN_ARABIC, _TURKISH, _SURINAMESE_ANTILLEAN, _POLISH_EASTERN)
    | _set(_ENGLISH_OTHER)
) - _ALSO_WORDS

#: Surnames (case-folded, with their particles, one space between words): "van dijk".
SURNAMES: frozenset[str] = frozenset(
    " ".join(name.split()).casefold() for name in _SURNAMES.split(",") if name.strip()
)

#: The words of the surnames, particles left out ("van der meer" -> "meer").
SURNAME_WORDS: frozenset[str] = frozenset(
    word for name in SURNAMES for word in name.split() if word not in _set("de van den der el")
)

_WORD = re.compile(r"[^\W\d_][\w'-]*")


def may_hold_typed_name(text: str) -> bool:
    """Whether ``text`` has a word in lower case or capitals that is a listed first name or
    a word of a listed surname: only then can the rules find a name typed that way."""
    for m in _WORD.finditer(text):
        word = m.group()
        if (word.islower() or word.isupper()) and (
            (key := word.casefold()) in FIRST_NAMES or key in SURNAME_WORDS
        ):
            return True
    return False
