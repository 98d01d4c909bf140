import type { Speech } from '../src/model/types.ts';

/**
 * The statement as data. Spoken paragraphs are verbatim from the source, of which `tests/fixtures/statement-2022-05-19.md`
 * is the project's copy (Markdown emphasis removed); headlines and points are the few words shown to the audience,
 * all taken from the speech.
 */
const outline = {
  titleBlock: {
    kind: 'Statement',
    speaker: 'Mr. Atul Khare',
    speakerRole: 'Under-Secretary-General for Operational Support',
    audience: 'the Members of the Kyoto Peacebuilding Center',
    venue: 'Kyoto University of Arts',
    date: '2022-05-19',
  },

  salutation: {
    id: 'salutation',
    dignitaries: [
      {
        name: 'Mr. AKASHI',
        role: 'Honorary Chairman of the Kyoto Peacebuilding Center, and my Sensei',
        roleFirst: true,
      },
      { name: 'Ambassador NISHIDA' },
      { name: 'Professor SHINYO' },
      {
        name: 'Mr. YAMAMOTO',
        role: 'former Special Representative of the Secretary-General for Afghanistan',
      },
      { name: 'Mr. OONOGI', role: 'Executive Director of Kyoto University of Arts' },
      { name: 'Mr. TANAKA', role: 'Member of the Board of United Nations Association of Japan' },
    ],
    closing: 'Ladies and Gentlemen',
  },

  opening: [
    {
      kind: 'prose',
      id: 'partner',
      headline: 'Japan is a fundamental partner and leader in UN peace operations',
      points: [
        { text: 'Third largest financial contributor', icon: 'Landmark' },
        { text: 'Mr. Akashi · Cambodia', icon: 'Users' },
        { text: 'Mr. Hasegawa · Timor-Leste', icon: 'Users' },
        { text: 'Mr. Yamamoto · Afghanistan', icon: 'Users' },
      ],
      spoken: [
        'It is my great honour to be with you here today. Few countries can boast the long-standing contributions and commitment that Japan has upheld to the United Nations and its peace operations.',
        'As the third largest financial contributor – to both peacekeeping and special political missions – as well as the home country of individuals who led complex and diverse missions, starting from Mr. Akashi, my sensei of UN peacekeeping in Cambodia, Mr. Hasegawa who I also learned greatly from in Timor-Leste and more recently my friend Mr. Yamamoto in Afghanistan. Japan is a fundamental partner and leader in UN peace operations.',
      ],
    },
  ],

  sections: [
    {
      heading: 'Current Challenges of UN Peacekeeping',
      slides: [
        {
          kind: 'prose',
          id: 'challenges',
          headline: 'Increased instability in the regions where we operate',
          points: [
            { text: 'The COVID-19 pandemic', icon: 'Activity' },
            { text: 'The climate crisis', icon: 'CloudLightning' },
            { text: 'Tensions amongst global powers', icon: 'Globe' },
          ],
          spoken: [
            'As you well know, the risks and restrictions associated with the COVID-19 pandemic, the growing threats of the climate crisis, and tensions amongst global powers have all contributed to an increased instability in the regions where we operate.',
          ],
        },
        {
          kind: 'prose',
          id: 'ukraine',
          headline: 'Ukraine: a divided Security Council',
          points: [{ text: 'Ramifications rippling far beyond the region', icon: 'Waves' }],
          spoken: [
            'In Ukraine, we are witnessing the tragic and alarming results of a divided Security Council, unable to intervene when one of its own members is party to the conflict. In a global, interconnected world, the ramifications of the events in Ukraine are rippling far beyond the region.',
          ],
        },
        {
          kind: 'prose',
          id: 'collective-action',
          headline: 'The enduring importance – and urgency – of collective action',
          points: [{ text: 'Finding space and taking actions, where we can', icon: 'Handshake' }],
          spoken: [
            'All these factors contribute to making the task ahead of us more arduous than ever.',
            'But they also help us recognize the enduring importance – and urgency – of collective action.',
            'And the critical importance of each and every one of us in finding space and taking actions, where we can.',
          ],
        },
        {
          kind: 'prose',
          id: 'success',
          headline: 'Our missions have achieved great success',
          points: [
            { text: 'Protecting civilians', icon: 'ShieldCheck' },
            { text: 'Reducing the number of combatants killed', icon: 'HeartPulse' },
            { text: 'Restoring rule of law', icon: 'Scale' },
            { text: 'From conflicts to sustainable peace', icon: 'Sprout' },
          ],
          spoken: [
            'Ladies and Gentlemen,',
            'Our peacekeeping missions have achieved great success in protecting the lives of civilians, reducing the number of combatants killed during civil wars, restoring rule of law and helping many countries make that difficult transition from conflicts to sustainable peace and development.',
          ],
        },
        {
          kind: 'prose',
          id: 'operational-support',
          headline: 'Troops, police and civilian staff, deployed and sustained',
          points: [
            { text: 'Accommodation, rations, fuel', icon: 'Package' },
            { text: 'Technology, equipment, medical support', icon: 'Stethoscope' },
            { text: 'Training through the Triangular Partnership Programme', icon: 'GraduationCap' },
          ],
          spoken: [
            'My Department provides operational support to peace operations to ensure that troops, police and civilian staff are deployed and sustained, and that they have the accommodation, rations, fuel, technology, equipment, and medical support necessary to serve in their missions successfully. Increasingly, we are also providing the necessary engineering, medical and information technology training to UN peacekeepers through our Triangular Partnership Programme working closely with Japan and other partners.',
          ],
        },
      ],
    },
    {
      heading: 'Japan & Peacekeeping',
      slides: [
        {
          kind: 'prose',
          id: 'japan',
          headline: "Thirty years of Japan's International Peace Cooperation Law",
          timeline: [
            {
              year: '1992',
              label: 'The law',
              detail: 'First UN peacekeeping deployment',
            },
            { label: 'Cambodia' },
            { label: 'Timor-Leste' },
            { label: 'Afghanistan' },
            { year: '2022', label: 'Thirtieth anniversary' },
          ],
          spoken: [
            "This year, we are celebrating the thirtieth anniversary of the enactment of Japan's International Peace Cooperation Law and its first UN peacekeeping deployment. It seems especially befitting to be here to honour the personnel deployment Japan has offered UN peace operations over the past decades.",
          ],
        },
        {
          kind: 'prose',
          id: 'japan-support',
          headline: 'Support essential for effective mandate delivery',
          points: [
            { text: 'Personnel', icon: 'Users' },
            { text: 'Financial', icon: 'Landmark' },
            { text: 'In-kind', icon: 'Package' },
            { text: 'Political', icon: 'Handshake' },
          ],
          spoken: [
            'In addition to personnel in UN missions in these countries, I recognize that Japan also provided financial, in-kind and political support that were essential for effective mandate delivery. This level of engagement supports not only immediate needs, but also allows us to pave the way for sustainable peace and development.',
            'I want to thank Japan for its longstanding contributions to global efforts to maintain international peace and security and to UN peace operations.',
          ],
        },
      ],
    },
    {
      heading: "Increasing Japan's Contributions",
      slides: [
        {
          kind: 'prose',
          id: 'contributions',
          headline: "Five recommendations for Japan's future contributions",
          points: [
            { text: 'This morning: Kwansei Gakuin University', icon: 'GraduationCap' },
            { text: 'Earlier this week: the Japanese National Diet', icon: 'Landmark' },
          ],
          spoken: [
            "As some of you are aware, this morning, in my speech at the Kwansei Gakuin University, I reflected on the long history of Japanese contributions to UN peacekeeping. Earlier this week, I also addressed the members of the Japanese National Diet in which, I humbly made five recommendations for Japan's future contributions to UN peacekeeping. Namely:",
          ],
        },
        {
          kind: 'recommendation',
          recommendation: {
            series: 'diet',
            number: 1,
            title: 'Become an Equipment-Contributing Country',
            continuation:
              'and provide equipment to Troop and Police Contributing Countries that will deploy to our missions.',
            icon: 'Package',
            points: ['Equipment for Troop and Police Contributing Countries'],
          },
        },
        {
          kind: 'recommendation',
          recommendation: {
            series: 'diet',
            number: 2,
            title: 'Deploy small, specialized and highly technologically advanced military units in areas such as',
            continuation: 'aviation, communication and intelligence, and unmanned aerial vehicles.',
            icon: 'Radar',
            headline: 'Deploy small, specialized and highly technologically advanced military units',
            points: ['Aviation', 'Communication and intelligence', 'Unmanned aerial vehicles'],
          },
        },
        {
          kind: 'recommendation',
          recommendation: {
            series: 'diet',
            number: 3,
            title: 'Deploy civilian police officers',
            continuation: 'that can play an important role in strengthening the capacity of local police.',
            icon: 'BadgeCheck',
            points: ['Strengthening the capacity of local police'],
          },
        },
        {
          kind: 'recommendation',
          recommendation: {
            series: 'diet',
            number: 4,
            title: 'Lead on environmental management',
            continuation:
              'of our missions for example by donating large scale hybrid photovoltaic and battery systems to provide power to UN missions.',
            icon: 'Sun',
            points: ['Hybrid photovoltaic and battery systems'],
          },
        },
        {
          kind: 'recommendation',
          recommendation: {
            series: 'diet',
            number: 5,
            title:
              'and finally, further invest in new training, capacity building and operational support initiatives under the Triangular Partnership Programme.',
            icon: 'GraduationCap',
            headline: 'Further invest in training, capacity building and operational support',
            points: ['The Triangular Partnership Programme'],
          },
        },
        {
          kind: 'prose',
          id: 'kyoto',
          headline: 'Five additional recommendations',
          points: [
            {
              text: 'For eminent practitioners, researchers, religious leaders and artists',
              icon: 'Users',
            },
          ],
          spoken: [
            'In addition to the five recommendations I made to members of the Diet, for this distinguished group of eminent practitioners, researchers, religious leaders and artists, I would like to humbly make five additional recommendations.',
          ],
        },
        {
          kind: 'recommendation',
          recommendation: {
            series: 'kyoto',
            number: 1,
            title:
              'Deployment of Ministry of Defence/Self-Defence Force officers to strategic positions in UN Headquarters.',
            paragraphs: [
              'I have across many talented seconded civilian and military officers in the field and in HQ including in my own Department. (To be frank, while all of them were highly skilled, some struggled with English communication). Most also just serve in one UN post and never return. Japan should consider a “revolving door” career path of personnel who can be trained including in English communication and deployed to multiple UN assignments so that they can be considered in senior positions.',
            ],
            icon: 'RefreshCw',
            headline: 'Officers to strategic positions in UN Headquarters',
            points: ['A “revolving door” career path'],
          },
        },
        {
          kind: 'recommendation',
          recommendation: {
            series: 'kyoto',
            number: 2,
            title: 'Provide JICA expertise.',
            paragraphs: [
              'While I am aware that JICA has not provided training to military units in the past, I am confident that its expertise and capacity-building knowledge would be both relevant and beneficial to peacekeeping personnel in the field. It could perhaps consider joining the Triangular Partnership Programme to add to what SDF trainers teach.',
            ],
            icon: 'BookOpen',
            points: ['Capacity-building knowledge for peacekeeping personnel'],
          },
        },
        {
          kind: 'recommendation',
          recommendation: {
            series: 'kyoto',
            number: 3,
            title: 'Provide smart aero transfer support.',
            paragraphs: [
              'Japan can contribute strategic air lift support, in the form of airlift services between and within areas of operations of African peacekeeping missions stationing the aircraft and crew in Entebbe or Djibouti where the security risks to personnel and asset are low.',
            ],
            icon: 'Plane',
            points: ['Strategic air lift support', 'Stationed in Entebbe or Djibouti'],
          },
        },
        {
          kind: 'recommendation',
          recommendation: {
            series: 'kyoto',
            number: 4,
            title: 'Sign an ACSA(Acquisition and Cross Servicing Agreement) with the UN.',
            paragraphs: [
              'The UN has this ACSA signed between myself for the UN and the US Department of Defense and with the EU. This is a reciprocal logistics agreement, which allows either party to request logistical support when needed, and as available, with reimbursement. Types of logistics goods or services which are typically included are: fuel , transportation (cargo and passengers), food, accommodation, airfield services, vehicle maintenance, engineering, emergency medical services.',
            ],
            icon: 'Signature',
            headline: 'Sign an Acquisition and Cross Servicing Agreement with the UN',
            points: ['A reciprocal logistics agreement'],
          },
        },
        {
          kind: 'recommendation',
          recommendation: {
            series: 'kyoto',
            number: 5,
            title: 'Offer trainings about misconduct and sexual exploitation and abuse.',
            paragraphs: [
              'Given the exceptional record by the Japanese uniformed peacekeepers of zero cases of misconduct and sexual exploitation and abuse over the last 30 years, and its support to the SEA e-learning programme, I encourage the Japanese Self-Defence Force to consider offering trainings to other TCCs on the control and prevention of misconduct in the field.',
            ],
            icon: 'ShieldCheck',
            points: ['Zero cases over the last 30 years'],
          },
        },
      ],
    },
    {
      heading: 'Conclusion',
      slides: [
        {
          kind: 'prose',
          id: 'conclusion',
          headline: 'A collective, strong commitment',
          points: [
            { text: 'The UN', icon: 'Globe' },
            { text: 'Member States', icon: 'Landmark' },
            { text: 'T/PCCs', icon: 'Users' },
            { text: 'Financial contributors', icon: 'HandCoins' },
          ],
          spoken: [
            'Ladies and gentlemen,',
            'As I discussed in the beginning, we are at a time of increased political instability. In order to be successful, our operations must be a collective, strong commitment on the part of the UN, its Member States including those who make decisions regarding mandates and deployments of missions, T/PCCs that actually deploy their troops, and financial contributors.',
          ],
        },
        {
          kind: 'prose',
          id: 'leadership',
          headline: 'The leadership and expanding commitment of Japan',
          points: [{ text: 'Peace, security and development', icon: 'Sprout' }],
          spoken: [
            'We need the leadership and expanding commitment of Japan, which has a unique expertise and experience of serving as a non-permanent member of the Security Council more than any other country, to help unite Member States and continue to make positive advances in our pursuit of peace, security and development.',
          ],
        },
        {
          kind: 'prose',
          id: 'thanks',
          headline: 'Thank you for your invaluable support',
          spoken: ['Thank you once again for your invaluable support.'],
        },
      ],
    },
  ],

  series: {
    diet: { label: 'To the National Diet' },
    kyoto: { label: 'Additional, in Kyoto' },
  },
} as const satisfies Speech;

/** The outline's exact shape (every slide, paragraph and point): translations are typed against it. */
export type SpeechOutline = typeof outline;

export const speech: Speech = outline;
