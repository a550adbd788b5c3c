import { format } from 'date-fns';
import { frCA } from 'date-fns/locale';

import { groupDigits, type LoaWording } from './loa-wording';

/** No-break space: keeps « » and the space before a colon with their word, as French typography wants. */
const nb = '\u00a0';
const quoted = (text: string) => `«${nb}${text}${nb}»`;

/** Province and territory names in French; `shared/order/regions.ts` holds the English ones. */
const provinces: Readonly<Record<string, string>> = {
  AB: 'Alberta',
  BC: 'Colombie-Britannique',
  MB: 'Manitoba',
  NB: 'Nouveau-Brunswick',
  NL: 'Terre-Neuve-et-Labrador',
  NS: 'Nouvelle-Écosse',
  NT: 'Territoires du Nord-Ouest',
  NU: 'Nunavut',
  ON: 'Ontario',
  PE: 'Île-du-Prince-Édouard',
  QC: 'Québec',
  SK: 'Saskatchewan',
  YT: 'Yukon',
};

/** "09:00" as "9 h 00", the Canadian French way of writing the time. */
function clockFr(time: string): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return `${h}${nb}h${nb}${String(m).padStart(2, '0')}`;
}

const longDate = (date: Date) => format(date, 'd MMMM yyyy', { locale: frCA });

/** The Canadian letter in French, written for PortDesk (not taken from any carrier's form). */
export const canadianFrench: LoaWording = {
  language: 'fr-CA',
  title: 'Lettre d’autorisation de transfert de numéros de téléphone',
  intro: (company, carrier) =>
    `Par la présente, ${company} (le ${quoted('client')}) autorise Microsoft et ses mandataires à transférer les numéros ` +
    `de téléphone énumérés dans la présente lettre de ${carrier}, fournisseur actuel du client, vers les forfaits d’appels ` +
    `de Microsoft Teams, et à agir au nom du client auprès de ce fournisseur pour mener le transfert à terme. Les renseignements ` +
    `ci-dessous sont ceux du dossier client du fournisseur actuel.`,
  headerLine: (company, account) => `${company} · Compte n°${nb}${account}`,
  labels: {
    companyName: 'Nom de l’entreprise',
    accountNumber: 'Numéro de compte',
    btn: 'Numéro de téléphone de facturation',
    carrierName: 'Fournisseur actuel',
    street: 'Adresse de service',
    city: 'Ville',
    region: 'Province ou territoire',
    postalCode: 'Code postal',
    authName: 'Personne autorisée',
    authTitle: 'Fonction',
    authPhone: 'Téléphone',
    authEmail: 'Courriel',
    portType: 'Type de transfert',
    leftBehind: 'Numéros non transférés',
    replacementBtn: 'Numéro de facturation de remplacement',
    desiredDate: 'Date de transfert souhaitée',
    count: 'Numéros à transférer',
  },
  portTypes: {
    full: `Complet${nb}: tous les numéros du compte sont transférés`,
    partial: `Partiel${nb}: seuls les numéros énumérés sont transférés`,
  },
  leftBehind: {
    keep: 'Restent en service chez le fournisseur actuel',
    disconnect: 'Seront résiliés par le fournisseur actuel',
  },
  btnPorted: (btn) => `${btn} (transféré avec les numéros)`,
  replacementBtn: (replacement) => `${replacement}, pour les numéros non transférés`,
  statementsHeading: 'Autorisation',
  statements: {
    authorized:
      'Je suis la personne autorisée au compte auprès du fournisseur actuel, ou j’ai son autorisation écrite d’agir au nom de l’entreprise.',
    authorizePort:
      'J’autorise Microsoft et ses mandataires à transférer les numéros de la présente demande depuis le fournisseur actuel, et à en aviser ce fournisseur.',
    matchesRecord:
      'Le nom de l’entreprise, le numéro de compte, le numéro de téléphone de facturation et l’adresse de service correspondent au dossier client du fournisseur actuel.',
    serviceEnds:
      'Je comprends que le service du fournisseur actuel prend fin pour ces numéros une fois le transfert terminé, et que je le garde actif d’ici là.',
  },
  signature: {
    heading: 'Signature',
    signature: 'Signature de la personne autorisée',
    date: 'Date',
    name: 'Nom',
    title: 'Fonction',
  },
  numbersHeading: (count) => `Numéros à transférer (${count})`,
  numbersContinued: 'Numéros à transférer (suite)',
  footer: 'Page {page} sur {pages}',
  subject: (count, carrier) =>
    `Transfert de ${count} numéros de téléphone de ${carrier} vers Microsoft Teams`,
  regionName: (code) => provinces[code] ?? code,
  longDate,
  transferDate: (date, time) =>
    `${longDate(date)}${time ? `, à ${clockFr(time)} (heure de l’Est)` : ''}`,
  count: (n) => groupDigits(n, nb),
};
