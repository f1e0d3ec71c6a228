// The words of the ranking benchmark (scripts/bench/search-ranking.ts), fixed before any ranking was
// measured. Nothing here is chosen for how our search or Pagefind ranks it.

/**
 * Words that stand in a target entry's title and three times in its text, one per language. Taken
 * from the generator's own vocabulary (the sentences of content/ that scripts/bench/generate-corpus.ts
 * writes): nouns that are on many of its pages in all three languages, so that a target has rivals
 * everywhere. The Ukrainian word is a dictionary lemma; the query is another form of its paradigm.
 */
export const concepts: readonly { nl: string; uk: string; en: string }[] = [
  { nl: 'samenwerking', uk: 'співпраця', en: 'cooperation' },
  { nl: 'netwerk', uk: 'мережа', en: 'network' },
  { nl: 'wederopbouw', uk: 'відбудова', en: 'reconstruction' },
  { nl: 'terugkeer', uk: 'повернення', en: 'return' },
  { nl: 'ervaring', uk: 'досвід', en: 'experience' },
  { nl: 'evaluatie', uk: 'оцінювання', en: 'evaluation' },
  { nl: 'procedure', uk: 'процедура', en: 'procedure' },
  { nl: 'kwaliteit', uk: 'якість', en: 'quality' },
  { nl: 'ontwikkeling', uk: 'розвиток', en: 'development' },
  { nl: 'kennis', uk: 'знання', en: 'knowledge' },
  { nl: 'capaciteit', uk: 'спроможність', en: 'capacity' },
  { nl: 'situatie', uk: 'ситуація', en: 'situation' },
  { nl: 'profiel', uk: 'профіль', en: 'profile' },
  { nl: 'probleem', uk: 'проблема', en: 'problem' },
  { nl: 'besluit', uk: 'рішення', en: 'decision' },
  { nl: 'voorstel', uk: 'пропозиція', en: 'proposal' },
  { nl: 'begeleiding', uk: 'супровід', en: 'guidance' },
  { nl: 'opvang', uk: 'розміщення', en: 'reception' },
  { nl: 'gemeente', uk: 'громада', en: 'municipality' },
  { nl: 'behoeften', uk: 'потреба', en: 'needs' },
];

/**
 * Ukrainian loan words that officials write every day, each written in one form in its entry (title
 * and three sentences) and searched in another. The benchmark reports which of them the dictionary
 * knows (коворкінг, воркшоп and краудфандинг it does); the others test the fallback for unknown words.
 * Their titles hold none of the words of `concepts`, so that they are no target's rival.
 */
export const loanWords: readonly {
  word: string;
  written: string;
  query: string;
  title: string;
  sentences: string[];
}[] = [
  {
    word: 'релокація',
    written: 'релокація',
    query: 'релокації',
    title: 'Релокація підприємств із прифронтових районів',
    sentences: [
      'Релокація стала для громади способом зберегти робочі місця.',
      'Кожна релокація потребує домовленості з новою громадою про приміщення.',
      'Державна програма частково покриває витрати, якщо релокація відбувається до безпечного регіону.',
    ],
  },
  {
    word: 'кешбек',
    written: 'кешбек',
    query: 'кешбеку',
    title: 'Кешбек для мешканців, які купують місцеві продукти',
    sentences: [
      'Кешбек нараховують за покупки в місцевих крамницях.',
      'Громада виплачує кешбек раз на місяць.',
      'Мешканці кажуть, що кешбек допомагає їм підтримати місцевих виробників.',
    ],
  },
  {
    word: 'фандрайзинг',
    written: 'фандрайзингу',
    query: 'фандрайзинг',
    title: 'Школа фандрайзингу для громадських організацій',
    sentences: [
      'Курс фандрайзингу тривав шість тижнів.',
      'Учасники вчилися основ фандрайзингу на прикладах інших громад.',
      'Після навчання кожна організація склала власний план фандрайзингу.',
    ],
  },
  {
    word: 'менторинг',
    written: 'менторинг',
    query: 'менторингом',
    title: 'Менторинг для нових працівників',
    sentences: [
      'Менторинг триває пів року.',
      'Досвідчені фахівці проводять менторинг щотижня.',
      'Громада оцінює менторинг за відгуками учасників.',
    ],
  },
  {
    word: 'коучинг',
    written: 'коучингу',
    query: 'коучинг',
    title: 'Програма коучингу для керівників відділів',
    sentences: [
      'Сесії коучингу відбуваються онлайн.',
      'Керівники отримали двадцять годин коучингу.',
      'Мета коучингу — допомогти командам працювати злагоджено.',
    ],
  },
  {
    word: 'донат',
    written: 'донати',
    query: 'донатів',
    title: 'Донати на відновлення шкіл',
    sentences: [
      'Донати збирають через сайт громади.',
      'Усі донати спрямовують на ремонт укриттів.',
      'Громада щомісяця звітує, на що витрачено донати.',
    ],
  },
  {
    word: 'волонтеринг',
    written: 'волонтеринг',
    query: 'волонтерингу',
    title: 'Волонтеринг як шлях до інтеграції',
    sentences: [
      'Волонтеринг допомагає переселенцям знайти нові знайомства.',
      'Громада координує волонтеринг через місцевий центр.',
      'Для молоді волонтеринг став першим досвідом роботи.',
    ],
  },
  {
    word: 'онбординг',
    written: 'онбординг',
    query: 'онбордингу',
    title: 'Онбординг нових мешканців',
    sentences: [
      'Онбординг починається з зустрічі в центрі надання послуг.',
      'Кожен онбординг включає екскурсію містом.',
      'Громада переглянула онбординг після опитування мешканців.',
    ],
  },
  {
    word: 'дашборд',
    written: 'дашборди',
    query: 'дашборд',
    title: 'Дашборди для відстеження ремонтів',
    sentences: [
      "Дашборди показують стан кожного об'єкта.",
      'Мешканці можуть переглядати дашборди на сайті громади.',
      'Дашборди оновлюють щотижня.',
    ],
  },
  {
    word: 'коворкінг',
    written: 'коворкінг',
    query: 'коворкінгу',
    title: 'Коворкінг для переселенців у центрі міста',
    sentences: [
      'Коворкінг відкрили в колишній бібліотеці.',
      'Коворкінг працює щодня з восьмої ранку.',
      'Громада утримує коворкінг коштом гранту.',
    ],
  },
  {
    word: 'воркшоп',
    written: 'воркшопи',
    query: 'воркшопів',
    title: 'Воркшопи з енергоефективності для мешканців',
    sentences: [
      'Воркшопи проводять фахівці з Нідерландів.',
      'Усі воркшопи безкоштовні.',
      'Після цього громада планує воркшопи для шкіл.',
    ],
  },
  {
    word: 'краудфандинг',
    written: 'краудфандинг',
    query: 'краудфандингу',
    title: 'Краудфандинг для ремонту бібліотеки',
    sentences: [
      'Краудфандинг тривав два місяці.',
      'Громада запустила краудфандинг на своєму сайті.',
      'Краудфандинг зібрав більше коштів, ніж очікували.',
    ],
  },
];

/**
 * Dutch prefix traps: an entry that holds the word itself three times in its text (not in its
 * title), and an entry with a word that merely begins like it in its title and three times in its
 * text. Searching the word, the entry that holds it must rank above the trap. The titles hold none
 * of the words of `concepts`.
 */
export const prefixTraps: readonly {
  word: string;
  holder: { title: string; sentences: string[] };
  trapWord: string;
  trap: { title: string; sentences: string[] };
}[] = [
  {
    word: 'plan',
    holder: {
      title: 'Afspraken over de volgende fase van het project',
      sentences: [
        'Het plan is in het voorjaar met de partners besproken.',
        'Volgens het plan volgt in het najaar een evaluatie.',
        'Wie vragen heeft over het plan, kan de contactpersoon bellen.',
      ],
    },
    trapWord: 'planeet',
    trap: {
      title: 'Een planeet als thema van de open dag',
      sentences: [
        'Kinderen maakten een planeet van papier.',
        'Elke planeet kreeg een eigen tafel.',
        'De grootste planeet hing in de hal van het gemeentehuis.',
      ],
    },
  },
  {
    word: 'werk',
    holder: {
      title: 'Ontheemden op weg naar een baan',
      sentences: [
        'Het werk begint met een gesprek over ervaring en wensen.',
        'Voor dit werk is een vaste contactpersoon nodig.',
        'Het werk van de begeleiders wordt elk jaar geëvalueerd.',
      ],
    },
    trapWord: 'werkelijkheid',
    trap: {
      title: 'Werkelijkheid en verwachting bij aankomst',
      sentences: [
        'De werkelijkheid bleek anders dan verwacht.',
        'Over de werkelijkheid van de opvang spraken we met bewoners.',
        'Die werkelijkheid vraagt om geduld.',
      ],
    },
  },
  {
    word: 'wet',
    holder: {
      title: 'Nieuwe regels voor de inschrijving van ontheemden',
      sentences: [
        'De wet regelt wie zich moet inschrijven.',
        'Sinds de wet is gewijzigd, gelden kortere termijnen.',
        'Gemeenten vragen de minister de wet te verduidelijken.',
      ],
    },
    trapWord: 'wetenschap',
    trap: {
      title: 'Wetenschap in de bibliotheek voor nieuwkomers',
      sentences: [
        'Wetenschap is het thema van de leesclub.',
        'De bibliotheek leent boeken over wetenschap uit.',
        'Een onderzoeker vertelde over wetenschap in Oekraïne.',
      ],
    },
  },
  {
    word: 'stad',
    holder: {
      title: 'Een wandeling langs voorzieningen voor nieuwkomers',
      sentences: [
        'De stad telt vier opvanglocaties.',
        'Nieuwkomers leren de stad kennen tijdens een rondleiding.',
        'De stad heeft een afspraak met de bibliotheek.',
      ],
    },
    trapWord: 'stadion',
    trap: {
      title: 'Stadion open voor sport met nieuwkomers',
      sentences: [
        'Het stadion stelt op zaterdag een veld beschikbaar.',
        'In het stadion trainen jongeren uit Oekraïne.',
        'De club van het stadion zorgt voor begeleiding.',
      ],
    },
  },
  {
    word: 'kamp',
    holder: {
      title: 'Zomerweek voor kinderen van nieuwkomers',
      sentences: [
        'Het kamp duurt vijf dagen.',
        'Op het kamp spreken begeleiders Nederlands en Oekraïens.',
        'Ouders kunnen het kamp bezoeken op de laatste dag.',
      ],
    },
    trapWord: 'kampioen',
    trap: {
      title: 'Kampioen van het schaaktoernooi in de bibliotheek',
      sentences: [
        'De kampioen is een jongen uit Charkiv.',
        'Elke kampioen krijgt een boek.',
        'De vorige kampioen hielp bij de organisatie.',
      ],
    },
  },
  {
    word: 'park',
    holder: {
      title: 'Groen onderhoud door nieuwkomers',
      sentences: [
        'Het park wordt elke week schoongemaakt.',
        'Bewoners zetten bloemen in het park.',
        'De gemeente betaalt het gereedschap voor het park.',
      ],
    },
    trapWord: 'parkiet',
    trap: {
      title: 'Parkiet als huisdier bij nieuwkomers',
      sentences: [
        'Een parkiet mag mee naar de opvang.',
        'De parkiet kreeg een eigen kooi.',
        'Kinderen zorgen om de beurt voor de parkiet.',
      ],
    },
  },
];
