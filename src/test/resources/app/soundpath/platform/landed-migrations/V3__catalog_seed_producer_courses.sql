-- Seed content: the four music-producer courses (track 1, positions 2-5), their lessons and lesson skills.
-- Facts from the seed article on producer roles and skills; all wording is original. Runs after V1 and V2
-- (V2 inserts tracks 1-2 and skills 101-110). Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15.

INSERT INTO course (id, slug, title, summary, foundation) VALUES
    (211, 'pre-production', 'Pre-production: shaping songs before recording',
     'Before anyone presses record, a producer sits down with the artist to get the songs, the players and the plan ready. This course covers refining lyrics, melodies and chords, choosing which songs make the record, bringing in session musicians and extra instruments, and planning the work so sessions meet their deadlines.', FALSE),
    (212, 'songwriting-and-arrangement', 'Songwriting and arrangement',
     'Producers need enough music theory to suggest a better chord, fix a melody or write a part down for a player. This course walks through the theory basics, reading and writing sheet music, chord progressions, melody and harmony, and how to arrange instruments inside a clear song structure.', FALSE),
    (213, 'producing-sessions', 'Overseeing recording and mixing',
     'In the studio the producer makes sure performances are captured well and that the mix ends up balanced and cohesive. You will learn how microphones and signal flow look from the producer''s chair, how to run takes and coach performers, which DAW effects and plugins matter most, and how to steer a mix through to mastering.', FALSE),
    (214, 'guiding-artists', 'Guiding artists and building a producer career',
     'Much of a producer''s job is people: understanding what an artist wants, turning it into a record and keeping the whole team pulling the same way. This course covers studio communication, translating an artist''s vision, working with musicians and engineers, keeping up with trends and technology, and the places producers find work.', FALSE);

INSERT INTO track_course (track_id, course_id, position) VALUES
    (1, 211, 2),
    (1, 212, 3),
    (1, 213, 4),
    (1, 214, 5);

-- Course 211: Pre-production: shaping songs before recording
INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2111, 211, 'what-pre-production-is-for', 'What pre-production is and why it matters',
     'Pre-production is the planning stage before recording, where producer and artist settle the songs, the parts and the plan so studio time is spent well.',
'Pre-production is everything that happens between "we want to make a record" and the first take in the studio. It is the stage where a producer and an artist sit down with rough songs and turn them into a clear plan: which songs, in what shape, played by whom, and recorded when.

Newcomers often skip it because it feels less exciting than recording. That is a mistake. Studio time costs money or, at home, energy and momentum. Every decision you leave until the session has to be made with the clock running and the musicians waiting.

## What the producer does here

During pre-production the producer acts as the artist''s first critical listener and editor. Typical jobs include:

- listening to demos and rough ideas and deciding which songs are strongest;
- suggesting changes to the words, the tune or the chords where a song is not yet working;
- settling the key and tempo of each song so the singer is comfortable and the feel is right;
- mapping the arrangement: which instruments play where, and what each section needs;
- deciding whether extra players or instruments are needed, such as session musicians, strings or backing vocals;
- building a schedule and a budget that fit the deadline.

None of this is about taking over the song. The artist still owns it. The producer''s job is to ask useful questions and offer ideas that help the song become the best version of itself.

## What pre-production produces

By the end of this stage you want a few concrete things on paper or in a shared folder:

1. **A song list** with a working title, key and tempo (in beats per minute) for each track.
2. **A demo or rehearsal recording** of every song in its agreed form, even if it is just voice and guitar on a phone.
3. **A song map** showing the sections in order, for example intro, verse, chorus, verse, chorus, bridge, chorus, outro, with bar counts.
4. **A parts list**: who plays what on each song.
5. **A session plan** saying which songs and parts will be recorded on which day.

These documents become the reference everyone returns to when the sessions get busy.

## Why it saves time

Imagine discovering on recording day that the chorus sits too high for the singer. Had that come up in pre-production, the fix would have been a quick key change in a rehearsal room. In the studio it means re-learning parts, redoing guide tracks and losing hours. The same goes for a bridge that drags or a drum part that clashes with the bass. Problems are cheap to fix early and expensive to fix late.

Good pre-production also relaxes the artist. When everyone knows the plan, the session can focus on performance rather than on arguments about structure.

## Key terms

- **Pre-production**: the planning and song-shaping stage before recording.
- **Demo**: a rough recording that captures a song''s idea; it is not meant for release.
- **BPM**: beats per minute, the tempo of a song.
- **Song map**: a list of a song''s sections in order with their lengths.

## Try it

Pick a song you know well, your own or someone else''s. Listen through once and write a one-page pre-production sheet for it: title, key (use a free piano app to match the first chord if you are unsure), tempo (count the beats for 15 seconds and multiply by four), a song map with bar counts, and a parts list of every instrument you can hear. Then note one thing you would change if this were a demo and you were the producer.',
     10, 1);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2112, 211, 'refining-lyrics-melody-and-chords', 'Refining a song with the artist: lyrics, melody and chords',
     'How a producer makes useful suggestions on lyrics, melodies and chord progressions without taking the song away from the artist.',
'Many songs arrive at pre-production almost finished but not quite. The verse rambles, the chorus melody never really lifts, or the chords under the hook feel flat. A producer''s job is to notice these things and offer ideas that help, while remembering that the song belongs to the artist.

This lesson looks at the three areas where suggestions are most common and gives you a simple way to make them.

## Lyrics

You are not there to rewrite the artist''s words. You are there to spot where the lyric weakens the song. Things worth listening for:

- **Clarity**: can a first-time listener tell what the song is about by the end of the first chorus?
- **Singability**: do the words fit the rhythm of the melody, with stressed syllables falling on strong beats? A word like "remember" sung with the weight on "re" sounds awkward.
- **Repetition**: the hook line usually repeats, but verses that restate the same idea without adding anything make a song feel long.
- **Specific images**: a concrete detail ("the porch light left on") usually lands harder than a general statement ("I miss you so much").

## Melody

The melody is what most listeners remember. Common producer notes include:

- Give the chorus somewhere to go. Many choruses sit higher in the singer''s range than the verse, or use longer notes, so they feel like a lift.
- Check the range. If the highest note strains the singer, move the key or rewrite that phrase.
- Vary the rhythm. If every line starts on the same beat with the same rhythm, try starting one line earlier or later.
- Leave space. A melody that never breathes tires both the listener and the singer.

## Chord progressions

Sometimes the melody is fine but the chords underneath make it feel ordinary. Simple experiments:

- **Substitute a chord**: in the key of C, try A minor (vi) in place of C (I) under a line. The two chords share two notes, so the melody often still fits, but the mood darkens.
- **Change the harmonic rhythm**: switch chords twice as often in the pre-chorus to build energy, then slow down in the chorus.
- **Delay the home chord**: ending a section on the V chord (G in the key of C) leaves the listener wanting the next section.

## How to make a suggestion

The way you offer an idea matters as much as the idea. A few habits that work:

1. Start with what is working, so the artist knows you understand the song.
2. Describe the problem as an effect on a listener: "I lose the thread in verse two" is easier to hear than "verse two is bad".
3. Offer a specific option, play or sing it, and let the artist react.
4. Treat every change as an experiment. Record the old and new versions on a phone and compare them the next day.
5. If the artist says no after hearing it, move on.

## Key terms

- **Hook**: the short, catchy line or riff listeners remember.
- **Harmonic rhythm**: how often the chords change.
- **Range**: the span from a singer''s lowest to highest comfortable note.

## Try it

Choose a song you have written, or a simple traditional folk tune. Make three small changes: one to a lyric line, one to a melody phrase and one to a chord. Record the original and each changed version on your phone. The next day, listen without looking at your notes and write down which version you prefer and why. Comparing versions with fresh ears is the core of the producer''s editing job.',
     14, 2);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2113, 211, 'selecting-songs-for-a-record', 'Selecting the songs for a record',
     'A practical way to shortlist and choose songs for a single, EP or album, balancing strength, variety and what the artist wants to say.',
'Artists often have more songs than a record can hold, or a handful of finished songs and a pile of half-ideas. Helping choose what to record is one of the producer''s most valuable jobs, because even the best production cannot rescue a weak song.

## Start by listening to everything

Ask the artist for every demo, voice memo and rehearsal recording they have, including ideas they dismissed. Listen in one sitting if you can, with a notebook. For each song write a line or two: the title, what it is about, the strongest moment and your honest first reaction. Your first listen is the closest you will get to hearing the song as a stranger would, so capture it before you get used to it.

## Questions to ask of each song

- **Is there a hook?** Is there a line, riff or melody you can still hum an hour later?
- **Does it say something?** Is the lyric clear, and does it fit who the artist is?
- **Is it finished?** Or does it need a new bridge, a second verse or a rewritten chorus?
- **Can we play it well?** A song that needs an orchestra may not suit a small budget.
- **Does it fit the project?** A great song can still be wrong for this particular record.

## Shortlisting

A simple scoring sheet keeps the conversation grounded. Rate each song from 1 to 5 on a few criteria you agree with the artist, then discuss the results rather than treating them as final.

| Song | Hook | Lyric | Finished? | Fits the record |
|---|---|---|---|---|
| Song A | 5 | 4 | Yes | Yes |
| Song B | 3 | 5 | Needs a bridge | Yes |
| Song C | 4 | 2 | Yes | Maybe |

Scores are only a starting point. A song with a low score might be the artist''s most personal piece, and that matters too.

## Shaping the set

Once you have a shortlist, look at the songs as a group:

- **Variety**: mix tempos, keys and moods so the record does not blur into one long song.
- **Flow**: think about what opens the record and what closes it.
- **Focus**: an EP of four or five strong songs often makes a clearer statement than an album padded with weaker ones.
- **Singles**: if the artist plans to release one song first, it usually needs the strongest hook.

The artist may love a song you think is weak. Explain your reasons in terms of the listener and suggest how the song could be improved. If they still want it, it goes on the record. Choosing songs is a shared decision, and the artist has the final say.

## Key terms

- **EP**: extended play, a release longer than a single but shorter than an album, often four to six songs.
- **Running order**: the sequence of songs on a release.
- **Shortlist**: the songs still in contention after a first round of choosing.

## Try it

Take ten songs by one artist you like, such as a full album, and make a scoring sheet like the one above. Pretend you can keep only five for an EP. Pick your five, put them in a running order, and write one sentence for each explaining why it earned its place. Then listen to your EP in order and notice whether the flow works.',
     12, 3);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2114, 211, 'session-musicians-and-extra-instrumentation', 'Choosing session musicians and extra instrumentation',
     'How a producer decides when a song needs extra players or instruments, and how to find, brief and work with session musicians.',
'Not every song can be played by the artist and their band alone. Sometimes a track needs a different drummer for one day, a string part for a ballad, or a horn line to lift the chorus. In pre-production the producer decides whether extra players or instruments are needed, and helps find them.

## Does the song need more?

Adding instruments is easy; knowing when to stop is harder. Ask:

- **What is missing?** Listen to the demo and describe the gap: "the chorus doesn''t lift", "the verse feels empty", "there''s no counter-melody".
- **Which instrument fills that gap?** A sustained string pad adds warmth, a tambourine adds drive, a second guitar panned wide adds width.
- **Will it fight the vocal?** Instruments playing in the same pitch range as the singer can mask the words.
- **Can we afford it?** Every extra player adds cost and another diary to schedule around.

Often the answer is a small change, such as one extra part in the chorus only, rather than a whole new section of players.

## What session musicians are

Session musicians are players hired to record parts on other people''s projects. Good ones read charts quickly, adapt to different styles, play consistently take after take and respond well to direction. They are not there to write the song, but they often contribute ideas that make a part better.

You might bring one in when:

- the band''s own player is not yet comfortable with a particular part;
- the song needs an instrument nobody in the band plays;
- time is short and you need a part nailed in a few takes.

This can be a sensitive topic. If a hired player will replace a band member on a track, talk it through with the band openly first.

## Finding and choosing players

Recommendations from engineers, studios and other producers are the usual route. Listen to records the player has worked on, and check they are at home in the style you need. A brilliant jazz drummer may not be right for a tight pop track.

## Briefing a session player

A clear brief saves expensive studio time. Before the session, send:

1. The demo, plus a version without the part they will replace if possible.
2. The key, tempo and song map.
3. A chart: sheet music, a chord chart or at least the chord names per section.
4. Two or three reference recordings showing the feel or sound you want.
5. Practical details: date, time, place, what gear to bring, the fee and how they will be credited.

On the day, let them play a pass or two before giving notes. Players often bring something you had not imagined.

## Key terms

- **Session musician**: a hired player who records parts for other artists.
- **Chart**: written music for a part, from full notation to a simple list of chords.
- **Counter-melody**: a secondary melody that plays against the main one.

## Try it

Take a sparse song you like; a solo acoustic recording works well. Write down the one gap you hear, the one instrument you would add to fill it, and the sections where it would play. Then write a full brief for an imaginary session player using the five-point list above, including the chord names for each section. If you play an instrument, import the song into a free DAW and record your own version of the added part.',
     13, 4);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2115, 211, 'planning-sessions-and-deadlines', 'Planning sessions, time and deadlines',
     'Organisation and time management for producers: turning a list of songs into a realistic schedule that meets the deadline.',
'Making a record involves dozens of small tasks, several people''s diaries and usually a fixed release date. The producer is often the person holding the plan together. Strong organisation and time management are not glamorous, but they are what make the creative parts possible.

## Work backwards from the deadline

Start with the date the finished record must be delivered, then work backwards through the stages. A typical order is:

1. Pre-production and rehearsal
2. Recording the foundation (often drums and bass, or the main instrument and a guide vocal)
3. Overdubs: extra instruments, lead vocals, backing vocals
4. Editing
5. Mixing, including time for the artist to listen and request changes
6. Mastering
7. Delivering final files and artwork to the distributor or label

Give each stage a date range. If the dates do not fit, it is far better to find out now and drop a song or move the release than to rush the mix at the end.

## Estimate honestly

Beginners almost always underestimate. A few rules of thumb:

- Setting up and getting sounds takes longer than you expect, especially on the first day.
- Singing is tiring. Plan for a singer to do their best work in a few focused hours, not a full day.
- Keep a buffer of roughly a fifth of the schedule for things that go wrong, such as illness, broken gear or a song that needs rewriting.
- Mix revisions take time. Plan for at least one or two rounds of changes.

## Plan each session day

For each day, write a short session plan and share it with everyone:

- who needs to be there, and when;
- which songs and which parts will be recorded, in order;
- what gear and instruments are needed;
- a rough time for each song, and a note of what can be dropped if the day runs late.

Record the most important parts first, while people are fresh. Group songs that use the same setup so you are not moving microphones all day.

## Keep track as you go

A simple tracking sheet, on paper or in a spreadsheet, shows what is done for each song: drums, bass, guitars, keys, lead vocal, backing vocals, edited, mixed, approved. Tick items off at the end of each day. When the artist asks "where are we?", you can answer in seconds.

Keep files organised too. Name sessions and takes clearly (song title, date, version) and back up every night to a second drive or a cloud folder. Lost files are one of the few problems no amount of talent can fix.

## Key terms

- **Overdub**: a part recorded on top of tracks that are already recorded.
- **Buffer**: spare time built into a schedule for problems.
- **Tracking sheet**: a chart showing which parts of each song are finished.

## Try it

Imagine you are producing a four-song EP that must be delivered in eight weeks. In a free spreadsheet, build a schedule that works backwards from the delivery date through every stage listed above, with a buffer. Then write a one-day session plan for recording vocals on two of the songs, with start and finish times and a note of what you would drop if the day ran late.',
     12, 5);

-- Course 212: Songwriting and arrangement
INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2121, 212, 'music-theory-essentials-for-producers', 'Music theory essentials for producers',
     'The core theory a producer uses every day: notes, scales, keys, intervals and how chords are built from them.',
'You do not need a music degree to produce records, but a working knowledge of theory makes you faster and more useful in the room. It lets you name what you hear, suggest a chord or fix a melody, and talk to players in a language they understand.

## Notes, scales and keys

Western music uses twelve different notes, repeating in higher and lower octaves. On a piano the white keys are named with the letters A to G, and the black keys are the sharps (#) or flats (b) of their neighbours. The distance from one key to the very next one, black or white, is a **semitone**. Two semitones make a **tone**, also called a whole step.

A scale is a set of notes picked from those twelve. The **major scale** follows the pattern tone, tone, semitone, tone, tone, tone, semitone. Starting on C, that gives C D E F G A B C, all white keys. A song in the key of C major mostly uses those seven notes, and C feels like home.

The **natural minor scale** follows tone, semitone, tone, tone, semitone, tone, tone. A minor uses the same seven notes as C major but treats A as home, which gives it a darker mood. Keys that share their notes like this are called the relative major and relative minor.

## Intervals

An interval is the distance between two notes. Some worth learning by ear:

- **Major third** (4 semitones): bright and happy, like the first two notes of "Oh when the saints".
- **Minor third** (3 semitones): softer and sadder.
- **Perfect fifth** (7 semitones): strong and open; the basis of power chords.
- **Octave** (12 semitones): the same note name, higher or lower.

## Building chords

A basic chord, or **triad**, stacks two thirds. A major triad is a root, a major third above it and a perfect fifth above the root: C E G. A minor triad lowers the middle note by a semitone: A C E.

If you build a triad on each note of the major scale using only that scale''s notes, you get the chords of the key. Musicians label them with Roman numerals so the pattern works in any key:

- I, IV and V are major (C, F and G in the key of C);
- ii, iii and vi are minor (D minor, E minor and A minor);
- vii is diminished (B diminished) and appears less often in pop.

This is why a producer can say "try the vi chord there" and a player can find it in any key.

Theory helps you work out why a bass note clashes with a chord, move a song into a key that suits the singer, or suggest a harmony line. It does not replace your ears; it gives names to what your ears already notice.

## Key terms

- **Semitone and tone**: the smallest step between notes, and a step of two semitones.
- **Key**: the set of notes and the home note a song is built around.
- **Triad**: a three-note chord built from stacked thirds.
- **Roman numerals**: a way of naming chords by their position in the key.

## Try it

Open a free online piano or a free DAW with a virtual keyboard. Play the C major scale, then the A natural minor scale, and listen to how the same notes feel different with a different home. Next, build the triads I, IV, V and vi in C (C, F, G and A minor) and play them in that order. Finally, move everything up two semitones into the key of D (D, G, A and B minor) and check that it sounds like the same progression, only higher.',
     15, 1);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2122, 212, 'reading-and-writing-sheet-music', 'Reading and writing sheet music and chord charts',
     'The basics of staff notation, note lengths and time signatures, plus the quicker chord charts producers use to brief players.',
'Producers regularly need to put music on paper: a horn line for a session player, a chord chart for the band, or a quick note of a melody before it is forgotten. Reading music also lets you understand a part a player hands you. This lesson covers the essentials.

## The staff and clefs

Standard notation is written on a **staff** of five lines. Each line and each space stands for a note; the higher on the staff, the higher the pitch.

- The **treble clef** is used for higher instruments and voices. Its lines, from bottom to top, are E G B D F ("Every Good Boy Deserves Fruit"), and its spaces spell F A C E.
- The **bass clef** is used for bass, the piano''s left hand and lower voices. Its lines are G B D F A ("Good Boys Do Fine Always"), and its spaces are A C E G ("All Cows Eat Grass").

Sharps and flats written at the start of each line form the **key signature**, which tells you which notes are raised or lowered throughout.

## Rhythm: note lengths and time signatures

The shape of a note shows how long it lasts. In the most common time signature, 4/4:

| Note | Beats in 4/4 |
|---|---|
| Whole note (semibreve) | 4 |
| Half note (minim) | 2 |
| Quarter note (crotchet) | 1 |
| Eighth note (quaver) | 1/2 |
| Sixteenth note (semiquaver) | 1/4 |

Each note has a matching **rest** that marks silence of the same length. A dot after a note makes it half as long again.

The **time signature** appears as two stacked numbers. The top number says how many beats are in each bar; the bottom number says which note counts as one beat. 4/4 means four quarter-note beats per bar and covers most pop and rock. 3/4 gives the one-two-three sway of a waltz. 6/8 groups six eighth notes into two pulses of three. Vertical **bar lines** divide the music into bars, also called measures.

## Chord charts: the producer''s shorthand

Full notation is slow to write. For bands and many session players a **chord chart** is enough: section names, bar lines and chord symbols. For example:

```
Verse:  | C  | G  | Am | F  |
Chorus: | F  | G  | C  | Am |
```

Chord symbols follow simple rules. A capital letter on its own means major (C); "m" means minor (Am); "7" adds a seventh (G7); and a slash names the bass note, so C/E is a C chord with E in the bass.

Many studio players also use the **Nashville Number System**, which writes chords as numbers (1, 4, 5, 6m) instead of letters. The same chart then works in any key, which is handy when the singer asks to move the song up a tone.

When you write for a player, include the tempo, key, time signature, section names and bar counts. Mark repeats clearly and number the bars so you can say "from bar 17" during the session.

## Key terms

- **Staff**: the five lines that notation is written on.
- **Key signature**: the sharps or flats at the start of each line.
- **Time signature**: the two numbers that set the beats per bar and the beat unit.

## Try it

Install a free notation program such as MuseScore, or use manuscript paper. Write out the melody of "Twinkle Twinkle Little Star" in 4/4 in C major. Then write a one-page chord chart for a pop song you like, with section names and bar lines. Finally, rewrite the same chart in Nashville numbers.',
     16, 2);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2123, 212, 'chord-progressions-and-how-they-move', 'Chord progressions and how they move',
     'Why some chord sequences feel like home and others pull forward, with the common pop progressions and simple ways to vary them.',
'A chord progression is the order in which chords change through a song. The same melody can feel hopeful, tense or sad depending on the chords underneath it, which is why producers pay close attention to progressions while shaping and arranging songs.

## Tension and release

Each chord in a key has its own pull. The I chord feels like home, at rest. The V chord feels unsettled and wants to move back to I. The IV chord feels like a step away from home, open and hopeful. Minor chords such as vi and ii add softness or sadness.

Progressions work by moving away from home and coming back. The move from V to I is the strongest "coming home" sound in Western music and is called a **perfect cadence** (or authentic cadence). Stopping on V instead, a **half cadence**, leaves the listener expecting more, which is useful at the end of a verse or pre-chorus.

## Progressions you will hear everywhere

Here are some workhorse progressions, shown in Roman numerals and in the key of C:

- **I - IV - V - I** (C F G C): the backbone of blues, early rock and roll and folk.
- **I - V - vi - IV** (C G Am F): a loop used in a huge number of pop choruses.
- **vi - IV - I - V** (Am F C G): the same four chords starting on the minor chord, which sounds more wistful.
- **I - vi - IV - V** (C Am F G): the classic 1950s doo-wop sound.
- **ii - V - I** (Dm G C): the core move in jazz, also handy for smooth transitions in pop.

Recognising these by ear lets you name a song''s progression quickly and discuss it with the artist.

## Ways to freshen a progression

If a progression feels predictable, try:

- **Changing the starting chord**: the same loop started somewhere else has a different mood.
- **Adding sevenths or suspensions**: Cmaj7 or Gsus4 colour a chord without changing its job.
- **Inversions**: putting a note other than the root in the bass (C/E) creates smooth, walking bass lines.
- **Borrowed chords**: in a major key, borrowing a chord from the parallel minor, such as F minor (iv) in C major, adds a bittersweet moment.
- **Harmonic rhythm**: changing how often the chords change; faster builds energy, slower lets a moment breathe.

## Progressions and sections

Producers often give each section its own harmonic character. A verse might circle around vi and IV to feel restless, while the chorus lands firmly on I. A bridge might start on a chord the song has not used yet, so it feels like a new place.

## Key terms

- **Cadence**: a chord movement that ends a phrase.
- **Inversion**: a chord with a note other than its root in the bass.
- **Borrowed chord**: a chord taken from the parallel major or minor key.
- **Harmonic rhythm**: how often the chords change.

## Try it

In a free DAW or on any instrument, loop I - V - vi - IV in C for eight bars, then vi - IV - I - V. Hum a simple melody over each and notice how the mood shifts. Next, pick three songs from your playlist and try to work out whether any of them use one of the progressions above. Finally, take the first loop and swap the IV (F) for a borrowed iv (F minor) in the last bar, and describe how it changes the feeling.',
     14, 3);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2124, 212, 'melody-and-harmony-that-fit', 'Writing melody and harmony that fit together',
     'How melodies relate to the chords under them, what makes a melody memorable, and how to add simple vocal harmonies.',
'Melody is the part people sing in the shower; harmony is everything that supports and colours it. A producer with a good ear for both can tell why a line feels weak, suggest a fix, and build backing vocal or instrumental parts that make the main melody shine.

## How melody sits on chords

Every melody note either belongs to the chord playing at that moment or it does not.

- **Chord tones** (the root, third or fifth of the current chord) sound stable. Melodies often land on them at the start of bars and at the ends of phrases.
- **Non-chord tones** create movement and tension. A **passing note** steps between two chord tones; a **suspension** holds a note over a chord change and then resolves down.

When a melody note clashes badly, the fix is either to change the note or to change the chord underneath. This is one reason producers think about melody and chords together.

## What makes a melody memorable

There is no formula, but memorable melodies tend to share some traits:

- **Contour**: a clear shape, such as rising to a peak in the chorus and falling back.
- **Mostly steps, a few leaps**: moving to neighbouring notes is easy to sing, while an occasional big jump grabs attention, especially on an important word.
- **Repetition with variation**: repeat a short motif, then change its ending.
- **Rhythm**: a distinctive rhythm can be as catchy as the pitches themselves.
- **Range**: keeping the verse lower and saving the highest notes for the chorus gives the song somewhere to go.

## Adding harmony lines

The simplest vocal harmony follows the melody a **third** above or below, using notes from the key. Because chords are built from thirds, this usually sounds sweet and natural. Other options:

- a **sixth** below, which is a third above turned upside down and sounds fuller;
- **unisons and octaves**, for strength rather than colour;
- held notes or "oohs" on chord tones behind the lead, which keep the lyric clear;
- a **counter-melody**, a separate tune that answers the lead in its gaps.

Harmony lines that copy the melody''s shape all the time can sound mechanical. Let the harmony part sometimes stay still while the melody moves.

## Listening for clashes

Train your ear to notice when a bass note, guitar line or harmony vocal rubs against the melody in an unwanted way. Soloing two parts together in a DAW often reveals problems hidden in the full mix. A clash is not always bad; a brief rub can add emotion. The question is whether it sounds intentional.

## Key terms

- **Chord tone**: a note that belongs to the chord playing at that moment.
- **Passing note**: a non-chord note that connects two chord tones by step.
- **Contour**: the overall up-and-down shape of a melody.
- **Third**: an interval spanning three letter names, such as C to E.

## Try it

Record yourself singing or playing a simple melody over the chords C, G, Am and F, using a phone or a free DAW. Mark which melody notes are chord tones. Then record a second part a third above the melody, staying in the key of C major, and listen to both together. If any note sounds sour, move it up or down one step of the scale until it fits.',
     14, 4);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2125, 212, 'song-structure-and-arranging-instruments', 'Song structure and arranging instruments',
     'How verses, choruses and bridges build a song, and how to arrange instruments so each part has its own space and role.',
'Arrangement is the set of decisions about what plays, when, and where. A good arrangement makes the song feel like it is going somewhere, keeps the vocal clear and gives each instrument a job. It is one of the areas where producers shape a record most.

## Common song sections

- **Intro**: sets the mood and tempo; often short in modern pop.
- **Verse**: tells the story. The lyrics usually change each time while the melody repeats.
- **Pre-chorus**: a short build that raises tension before the chorus.
- **Chorus**: the main message and hook, usually with the same lyric each time and the most energy.
- **Bridge**: a contrasting section, often with new chords, that arrives late in the song and refreshes the ear before a final chorus.
- **Outro**: how the song ends, whether a fade, a repeated hook or a clean stop.

A very common pop form is verse, chorus, verse, chorus, bridge, chorus. Older standards and many folk songs use AABA form, where B is a contrasting middle section. Sections of 4, 8 or 16 bars are typical.

## Energy across the song

Think of the arrangement as an energy curve. A classic approach:

1. Start the first verse sparse, perhaps just one instrument and a voice.
2. Bring in drums or bass for the pre-chorus or first chorus.
3. Make the second verse a little fuller than the first, so the song grows.
4. Strip back or change the texture in the bridge to create contrast.
5. Bring everything in for the final chorus, perhaps with an extra part such as backing vocals.

Taking instruments out is as powerful as adding them. A sudden drop just before a chorus makes the chorus feel bigger.

## Giving each instrument its space

Instruments compete for attention in two main ways: pitch range and rhythm.

- **Range**: bass guitar and kick drum live in the low end; guitars, keys and vocals crowd the middle; cymbals and shakers sit high. If a piano and a guitar both strum full chords in the same octave, they blur. Move one up an octave or give it a simpler part.
- **Rhythm**: if everything hits on every beat, nothing stands out. Let some parts sustain while others play short, rhythmic patterns.
- **Roles**: give each part a clear job, such as foundation (bass, kick), rhythm (drums, rhythm guitar), harmony (pads, keys), melody (vocal, lead line) or ear candy (small details that appear once or twice).

The vocal is usually the most important element. When arranging, ask whether each part supports the vocal or gets in its way.

## Key terms

- **Arrangement**: the choice of which instruments play which parts, and when.
- **Bridge**: a contrasting section, typically late in a song.
- **Texture**: how many layers are playing and how dense they are.
- **Ear candy**: small, occasional sounds that reward attentive listening.

## Try it

Choose a song you like and make an arrangement map. Write the sections across the top of a page and the instruments down the side, then mark each box where an instrument plays. Look at the result: where does the arrangement get fuller or thinner, and what is added for the last chorus? Then take a simple loop in a free DAW and build your own four-section arrangement using the same idea of adding and removing parts.',
     15, 5);

-- Course 213: Overseeing recording and mixing
INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2131, 213, 'mic-placement-and-signal-flow-for-producers', 'Microphone placement and signal flow for producers',
     'What a producer needs to know about microphones, placement and the path a signal takes from the source into the DAW.',
'On many sessions an engineer handles the microphones and routing, but a producer still needs to understand them. You are responsible for the sound of the record, and if you know why a vocal sounds boomy or a guitar sounds thin, you can ask for the right fix. On smaller projects you may be the one setting it all up.

## Signal flow: the path of the sound

Signal flow is the route audio takes from the source to your ears. In a typical home or project studio it runs like this:

1. **Source**: a voice or an instrument.
2. **Microphone**: turns sound waves into a tiny electrical signal.
3. **Cable**: usually a balanced XLR cable, which rejects noise picked up along the way.
4. **Preamp**: boosts the weak mic signal to a usable level. In small studios it is built into the audio interface.
5. **Converter**: the interface turns the analogue signal into digital audio.
6. **DAW**: records it onto a track, where plugins and routing take over.
7. **Monitors and headphones**: let you hear the result.

When something goes wrong, such as silence, hum or distortion, walk through this chain step by step from the start.

## Gain staging

Setting a sensible level at each stage is called gain staging. Adjust the preamp so the loudest moments stay comfortably below 0 dBFS, the digital ceiling where clipping starts. A common target when recording at 24-bit is an average around -18 dBFS with peaks roughly between -10 and -6 dBFS. That leaves headroom for a singer who suddenly gets louder. Clipping cannot be undone, whereas a slightly low recording at 24-bit is perfectly usable.

## Microphone basics

- **Dynamic mics** are rugged and cope well with loud sources, so they are common on guitar amps, snare drums and live vocals.
- **Condenser mics** are more sensitive and detailed, and often used for studio vocals and acoustic instruments. They need phantom power (48 V) from the preamp.
- **Polar patterns** describe where a mic listens. **Cardioid** picks up mainly from the front, which helps reject room sound; **omni** hears all around; **figure-8** hears front and back.

## Placement choices that change the sound

- **Distance**: closer gives a direct, intimate sound; further away captures more of the room.
- **Proximity effect**: directional mics gain bass as they move closer to the source, so a singer right on the mic sounds warmer and sometimes boomy.
- **Position**: on a guitar amp, aiming at the centre of the speaker cone is brighter, while moving towards the edge sounds darker.
- **The 3:1 rule**: with several mics, keep each one at least three times as far from the other mics as it is from its own source, to limit phase problems.
- **Pop filter**: a mesh screen in front of a vocal mic softens bursts of air on "p" and "b" sounds.

Moving the mic is almost always a better first fix than reaching for EQ.

## Key terms

- **dBFS**: decibels relative to digital full scale; 0 dBFS is the maximum.
- **Headroom**: the space between your peaks and clipping.
- **Phantom power**: 48-volt power sent down the mic cable to a condenser mic.

## Try it

Using any microphone (even a phone) and a free DAW, record yourself speaking the same sentence at three distances: about 5 cm, 20 cm and 1 m. Listen back on headphones and describe the changes in bass, clarity and room sound. Then record once with the input level far too high and once with peaks around -10 dBFS, and compare the clipped and clean versions.',
     16, 1);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2132, 213, 'capturing-performances-effectively', 'Capturing performances effectively',
     'How producers run recording sessions so performances are captured well: preparation, headphone mixes, takes, comping and notes.',
'A record lives or dies on its performances. The producer''s job during recording is to make sure they are captured well, technically and musically, so that nothing good is lost and nothing weak slips through.

## Before the first take

- **Check the setup**: levels set, nothing clipping, headphones working, click track at the right tempo.
- **Set the headphone mix**: performers play better when they can hear themselves and the band clearly. Ask each player what they want more or less of. A singer struggling with pitch often just needs more of their own voice, or more of a pitched instrument, in the headphones.
- **Guide tracks**: a rough "scratch" vocal or guitar recorded first helps other players follow the song, even if it is replaced later.
- **Warm up**: let people play or sing through once before recording in earnest. Many producers quietly record the warm-up anyway, because early takes are sometimes the most natural.

## Running takes

A **take** is one recorded attempt at a part. Some practical habits:

- Decide whether you want whole takes, which keep the flow and emotion, or section-by-section recording, which is easier for difficult parts. Many sessions use both.
- Use **loop recording** or take lanes in your DAW so multiple takes are stored on the same track without overwriting each other.
- **Punching in** means recording over just a short section, such as one line, while the rest plays back. It is efficient, but overusing it can make a part sound pieced together.
- Keep things moving. Long silences between takes drain energy from the room.

While the performer plays, write short notes against each take: "take 3, verse 1 great, chorus pitchy" or "take 5, best energy". Include bar numbers or timeline positions. These notes save hours when you come to choose the best sections, and they let you tell the artist exactly what you still need.

## Comping and knowing when you have it

**Comping**, short for compiling, means building one final performance from the best parts of several takes. In most DAWs you can stack takes and pick the best phrase from each. Good comping keeps the emotional arc consistent; a line full of energy followed by a tired one sounds stitched together. Listen to the finished comp from start to finish before calling it done.

It is easy to chase perfection and lose the magic. Ask yourself:

- Does this performance make you feel what the song is about?
- Are there mistakes a listener will actually notice?
- Do we have enough material to comp a complete, strong version?

If the answer to all three is yes, move on. You can always note a line to revisit later.

## Key terms

- **Take**: one recorded attempt at a part.
- **Punch-in**: recording over a short section of an existing take.
- **Comping**: assembling a final part from the best sections of several takes.
- **Headphone mix**: the balance each performer hears while recording.

## Try it

In a free DAW, record yourself singing, rapping or playing the same short part (about 30 seconds) five times, using loop recording or separate tracks. After each take, write a one-line note. Then comp the best version from the five takes, listen to it all the way through and compare it with your single best take. Which sounds better, and does the comp feel natural?',
     14, 2);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2133, 213, 'coaching-the-best-performance', 'Coaching artists to their best performance',
     'Practical ways a producer gives feedback, builds confidence and draws out an artist''s best performance in the studio.',
'Technical setup gets the sound onto the recording; coaching gets the feeling there. In the studio a producer often acts as musical director, coach and supportive friend at once. The aim is a performance that sounds confident and true to the song, not merely one without mistakes.

## Create the right atmosphere

People perform better when they feel safe. Small things help:

- Keep the room calm and free of distractions, and limit visitors during vocals.
- Sort out lighting, temperature and drinking water before the singer arrives.
- Be on time and prepared, so the artist is never waiting for you.
- Keep the talkback microphone off while you discuss takes with the engineer, unless you mean the artist to hear.

## Giving feedback

The same note can lift or flatten a performer depending on how it is given. A reliable pattern:

1. **Start with something specific that worked**: "The first line of the chorus was perfect."
2. **Give one clear change at a time**: nobody can fix five things at once.
3. **Describe the result you want, not only the fault**: "let the last word ring out longer" is more useful than "the ending was weak".
4. **Keep it short**, then let them go again while the idea is fresh.

Avoid technical jargon with non-technical artists. Being told "you''re sharp" can make a singer tense up; "aim that note a touch lower" or "let it land softly" often works better.

Artists hire producers partly for an honest ear. Calling a take great when it is not wastes their time and money. Be truthful, but make it clear you are on their side and focused on the song.

## Using images and context

Performance is emotional. Sometimes the best direction has nothing to do with pitch or timing:

- Ask the singer what the line means to them, or who they are singing it to.
- Suggest a scene or a feeling: "sing it like you''re telling someone a secret".
- Change the physical setup: standing instead of sitting, dimming the lights, or using a hand-held mic.

## Reading the room

Pay attention to energy and mood. Signs that it is time for a break include repeated mistakes on parts that were fine earlier, a hoarse voice, or visible frustration. Voices tire quickly, and pushing a tired singer rarely produces a keeper and risks strain. A short break, a different song or an easier part often resets things.

Equally, know when to stop. If you have what you need, say so clearly and thank the performer. Ending on a high note builds confidence for the next session.

## Key terms

- **Talkback**: the control-room microphone used to speak to performers.
- **Keeper**: a take good enough to use on the record.

## Try it

Ask a friend to sing or play a short part for you, or record yourself. Listen to the first take and write down one thing that worked and one specific change. Give that note using the four-step pattern above, record another take and compare the two. Then try one image-based direction, such as "sing it quieter, as if it''s late at night", and note what changed.',
     13, 3);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2134, 213, 'daw-effects-and-plugins-for-producers', 'DAWs, effects and plugins: a producer''s toolkit',
     'The effects every producer uses in a DAW, what each one does, and how inserts, sends and restraint lead to a polished sound.',
'A digital audio workstation (DAW) is the software where modern records are recorded, edited, arranged and mixed. Options range from free programs to professional suites, but they share the same core ideas. Producers are expected to be comfortable in at least one DAW and to understand the main effects and plugins well enough to shape a sound or describe what they want.

## What a DAW gives you

- **Tracks** for audio (recorded sound) and MIDI (note data that plays virtual instruments).
- **A timeline** for arranging and editing.
- **A mixer** with a channel strip per track: volume fader, pan control, insert slots and sends.
- **Plugins**: software effects and instruments that load into those slots.

## The core effects

| Effect | What it does | Typical use |
|---|---|---|
| EQ | Boosts or cuts frequency ranges | Removing mud, adding clarity, making room between parts |
| Compressor | Turns down loud moments | Evening out a vocal, adding punch to drums |
| Reverb | Simulates a room or space | Adding depth and a sense of place |
| Delay | Repeats the sound after a set time | Echoes, width, rhythmic effects |
| Saturation | Adds gentle distortion | Warmth and character |

A few basics worth knowing:

- **EQ**: cutting often works better than boosting. A high-pass filter removes low rumble from parts that do not need bass, such as vocals and hi-hats.
- **Compression**: the **threshold** sets where the compressor starts working, and the **ratio** sets how hard it pushes back; at 4:1, a signal 4 dB over the threshold comes out 1 dB over. **Attack** and **release** set how quickly it reacts and lets go, and **make-up gain** restores the lost level.
- **Time-based effects**: delays timed to the song''s tempo usually sit more naturally.

## Inserts versus sends

An **insert** effect processes the whole signal of one track; EQ and compression usually go here. A **send** copies part of a track''s signal to a separate **auxiliary (aux) track**, where an effect such as reverb is set to fully wet. Several tracks can share one reverb this way, which saves processing power and makes instruments sound as if they are in the same space.

## Plugins and restraint

There are thousands of plugins, and it is tempting to keep adding more. A few principles keep you on track:

- Learn a handful of tools deeply rather than many shallowly; the stock plugins bundled with most DAWs are capable.
- Compare with the effect on and off at the same loudness. Louder usually sounds "better", which can fool you.
- Ask what problem a plugin is solving. If you cannot say, you may not need it.
- Save settings you like as presets, but treat them as starting points.

## Key terms

- **DAW**: software for recording, editing and mixing audio.
- **Plugin**: a software effect or instrument that runs inside a DAW.
- **Insert and send**: processing a track directly, or sending a copy to a shared effect.

## Try it

Install a free DAW and load a vocal or spoken recording. Add a high-pass filter and sweep it up until the voice thins out, then back it off slightly. Add a compressor at a 3:1 ratio and lower the threshold until the loudest words are reduced by about 3 to 6 dB. Finally, create an aux track with a reverb, send a little of the vocal to it, and compare the vocal with all effects on and off at matched volume.',
     16, 4);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2135, 213, 'overseeing-the-mix-and-mastering-handover', 'Overseeing a balanced mix and handing over to mastering',
     'How a producer guides a mix to a balanced, cohesive result, gives clear mix notes, and prepares files for the mastering stage.',
'Once recording is finished, the separate tracks have to become one piece of music. Whether the producer mixes the song or an engineer does, the producer oversees the process and makes sure every part is balanced and the whole song feels cohesive. The mix is then prepared for mastering, the final stage before release.

## What a balanced, cohesive mix means

- **Balance**: every important part is heard at the right level, and the vocal is clear.
- **Space**: instruments do not mask one another, because EQ, panning and arrangement give each a place.
- **Depth**: some sounds feel close and others further back, through level, reverb and delay.
- **Cohesion**: the parts sound as if they belong to one performance in one space, not separate recordings stacked up.
- **Translation**: the mix holds up on earbuds, laptop speakers and in a car, not only on studio monitors.

## Working methods

- **Start with a static mix**: set levels and panning with no effects and get a rough balance that already feels like the song.
- **Use reference tracks**: choose two or three released songs with the sound you are aiming for, match their loudness to your mix and switch between them to compare tone and balance.
- **Listen at moderate volume**: roughly conversation level most of the time, because loud listening tires your ears and changes how you hear bass and treble.
- **Check in mono**: folding the mix to mono exposes phase problems and parts that disappear.
- **Take breaks**: ears adapt over time and stop noticing problems. Fresh ears are honest ears.

## Giving mix notes

If someone else is mixing, clear notes save revision rounds. Good notes are:

- **Specific and time-stamped**: "1:42, the backing vocals cover the lead; bring them down or thin them out."
- **About the result**: describe what you hear and let the mixer choose the technique.
- **Gathered in one list**: combine the artist''s and your own notes into a single document instead of scattered messages.

## Handing over to mastering

In mastering, an engineer adjusts overall tone and loudness, makes songs sit well together as a collection and creates the final release files. To prepare your mix:

- Leave headroom. Peaks somewhere around -6 to -3 dBFS is a common request, but mastering engineers vary, so ask.
- Remove any limiter or loudness plugin you put on the master bus for listening, or send both versions clearly labelled.
- Export at the session''s sample rate as a 24-bit WAV, and only apply dither if asked.
- Leave a little silence at the start and end, and do not fade out unless the fade is part of the song.
- Name files clearly and include notes: song order, gaps between songs and your reference tracks.

## Key terms

- **Static mix**: a first balance using only faders and panning.
- **Translation**: how well a mix holds up on different playback systems.
- **Mastering**: the final stage that prepares mixes for release.

## Try it

Use a song you have recorded, or free multitrack stems released for mixing practice. Build a static mix with faders and panning only. Choose one commercial reference track, match its loudness by ear and write three time-stamped notes about your own mix. Then export a 24-bit WAV with peaks around -6 dBFS, as if sending it to mastering.',
     15, 5);

-- Course 214: Guiding artists and building a producer career
INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2141, 214, 'communication-skills-for-producers', 'Communication and interpersonal skills in the studio',
     'Why communication matters so much for producers, with practical habits for listening, explaining ideas and handling disagreement.',
'A producer spends more time talking and listening than turning knobs. Artists, musicians, engineers, managers and labels all need to understand the plan and feel heard. Strong communication and people skills are as much a part of the job as musical and technical ability.

## Listen first

Before offering an opinion, find out what the other person thinks and wants. Useful habits:

- Ask open questions: "What do you love about this song?" or "What bothers you about the current mix?"
- Repeat back what you heard in your own words: "So you want the chorus to feel bigger without losing the intimacy of the verse?"
- Notice what is not said. A hesitant "yeah, it''s fine" often means it is not.

## Explain ideas clearly

Musicians and non-musicians describe sound in different ways. To avoid misunderstandings:

- **Play, don''t just say**: sing the melody, play the chord or show a reference track.
- **Translate vague words**: if an artist wants it "warmer", check what they mean. For one person that is more low-mid body; for another it is less harsh treble or a slower tempo.
- **Be concrete about time and place**: "the snare in the second verse" beats "the drums".

## Handle disagreement well

Creative work involves strong opinions, and disagreements are normal. They do not have to turn into conflicts.

- Separate the person from the idea: disagree with the part, not the player.
- Try both options. Recording two versions and listening back often settles an argument faster than discussion.
- Agree early on who makes the final call. On most projects it is the artist; sometimes a label or the producer decides certain areas.
- Stay calm. Your mood sets the tone for the whole room.

## Messages and body language

Much of the job happens in messages and emails: booking players, sending mix notes, confirming dates. Keep messages short, state dates and times clearly, confirm agreements in writing and reply promptly. Reliability is a large part of a producer''s reputation.

Body language matters too. During a take, performers watch the control room closely. A frown at the wrong moment can shake a singer mid-phrase. Keep your face neutral or encouraging while recording, and save detailed critique for the gap between takes.

## Key terms

- **Active listening**: giving full attention and confirming you understood before responding.
- **Open question**: a question that cannot be answered with a simple yes or no.
- **Talkback**: the microphone and button the control room uses to speak to performers.

## Try it

Ask a friend to describe a song they love for one minute without naming it. Repeat back what you heard and ask two open questions. Then play them a song you think matches their description and see whether you got close. Finally, write a short, clear message to an imaginary session player confirming the date, time, place, fee and what they should prepare.',
     12, 1);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2142, 214, 'translating-an-artists-vision', 'Understanding and translating an artist''s vision',
     'How producers discover what an artist is aiming for and turn vague ideas and feelings into concrete production decisions.',
'Artists often know what they want a record to feel like long before they can describe how it should sound. One of a producer''s central jobs is to grasp that vision and turn it into concrete choices about arrangement, instruments, performance and mix. The finished record should sound like the artist at their best, not like the producer''s favourite sound.

## Discovering the vision

Start with conversation, not equipment. Questions that help:

- What is this song, or this record, about?
- How should a listener feel at the end?
- Which artists, records, films or places feel close to what you imagine?
- What do you dislike about your earlier recordings or demos?
- Where do you picture people listening: headphones on a night bus, a festival field, a kitchen?

Ask for a short list of **reference tracks**. References are not there to be copied; they show the tone, energy, space and vocal sound the artist is drawn to.

## Turning words into decisions

Artists often describe sound with images and emotions. Part of the producer''s skill is knowing what those words can mean in practice. Some examples:

- **"Bigger"**: more layers in the chorus, a wider stereo spread, more low end, or a dramatic drop just before it.
- **"Raw" or "live"**: fewer overdubs, the band recorded together in one room, little editing or tuning.
- **"Dreamy"**: longer reverbs and delays, soft synth pads, breathy vocals.
- **"Warm"**: more low-mid body, a softer top end, gentle saturation.
- **"Punchy"**: tight drums, a controlled low end and compression that lets the attack of each hit through.

Always check your interpretation by playing options and asking which is closer.

## Keeping the vision in view

Long projects drift. To stay on course:

- Write a one-paragraph **vision statement** for the record with the artist, and refer back to it.
- Keep a shared playlist of the references.
- At each stage, such as demo, rough mix and final mix, compare the work against the vision, not only against the previous version.

## Balancing your own input

Artists hire producers for fresh ideas, and suggesting something unexpected is part of the job. The test is whether the idea serves the artist''s vision. If the artist wants an intimate folk record, a heavy electronic drop may be clever but wrong. Offer bold ideas, explain how they connect to what the artist told you, and let the artist decide.

## Key terms

- **Vision**: the overall feel and identity the artist wants the record to have.
- **Reference track**: a released recording used as a guide for sound or feel.
- **Rough mix**: a quick, unpolished mix used to review progress.

## Try it

Choose a song of your own or a friend''s. Interview the writer using the five questions above and collect three reference tracks. Write a one-paragraph vision statement. Then list five concrete production decisions that follow from it, covering at least the instruments, the tempo or feel, the vocal sound and the use of reverb, and explain how each links to something the writer said.',
     14, 2);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2143, 214, 'working-with-musicians-engineers-and-the-team', 'Working with musicians, engineers and the wider team',
     'Who is involved in a production, how the producer and sound engineer divide and share the work, and how to keep a team working well.',
'A record is rarely made by one person. Even a bedroom project may involve a co-writer, a session player, a mix engineer and a mastering engineer. The producer usually sits in the middle, making sure everyone understands the plan and can do their best work.

## Who you work with

- **The artist or band**: the owners of the songs and the vision.
- **Songwriters and arrangers**: sometimes separate from the artist, shaping songs and parts.
- **Session musicians**: players hired for specific parts.
- **Recording engineer**: runs the technical side of the session, such as mics, levels, routing and the DAW.
- **Mix engineer**: balances and processes the finished tracks into a mix.
- **Mastering engineer**: prepares the final release versions.
- **Managers, labels and studio staff**: handle budgets, bookings, deadlines and release plans.

## Producer and sound engineer: overlap and difference

The two roles are closely linked and often blur. In broad terms:

| Aspect | Music producer | Sound engineer |
|---|---|---|
| Focus | Creative direction of the music | Technical quality of the sound |
| Typical tasks | Choosing songs, shaping arrangements, guiding performances | Setting up and running equipment, capturing and processing audio |
| Shared ground | Recording and mixing in a DAW | Recording and mixing in a DAW |

In practice, many producers engineer their own sessions, especially in home studios, and many engineers offer creative ideas that shape a record. On a larger session, a good working relationship looks like this: the producer describes the result they want ("I''d like the vocal more upfront and intimate"), and the engineer chooses the technical route, such as a closer mic position or different compression. Respecting each other''s expertise makes the session faster and the record better.

## Keeping a team working well

- **Share the plan**: send song lists, schedules and references to everyone before sessions.
- **Be clear about roles**: who decides on sounds, who runs the DAW, who approves mixes.
- **Credit and pay fairly**: agree fees and credits up front, in writing.
- **Protect the performers'' focus**: sort out technical problems with the engineer so the artist is not distracted.
- **Say thank you**: studio days are long and tiring, appreciation goes a long way, and the music world is small.

## When things go wrong

Equipment fails, players are late, ideas clash. Stay calm, ask the engineer what they need to fix a technical fault, and use the waiting time well, for example by working on lyrics or listening back to takes with the artist.

## Key terms

- **Recording engineer**: the person who runs the technical side of a recording session.
- **Mix engineer**: the person who mixes the recorded tracks.
- **Credits**: the public record of who did what on a release.

## Try it

Pick a record you love and find its credits, which streaming services and sleeve notes often list. Write down every role named: producer, engineers, players, mastering. For each, write one sentence on what that person probably did. Then imagine you are producing a three-song project: list who you would need on your team and what you would send each of them before the first session.',
     13, 3);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2144, 214, 'staying-current-with-trends-and-technology', 'Staying current with trends and technology',
     'Why producers need to keep up with musical trends and new tools, and a realistic routine for doing it without chasing every fad.',
'Music, and the tools used to make it, keep changing. Sounds that feel fresh one year can feel dated a few years later, and new software regularly changes how records are made. Producers are expected to stay aware of these shifts so they can bring new ideas to a project and talk knowledgeably with artists.

## Why it matters

- **Artists expect it**: many come to a producer wanting a sound that feels current in their genre.
- **Workflows change**: new DAW features, plugins and instruments can speed up tasks or open up new sounds.
- **Listening habits change**: streaming, phone speakers, earbuds and short video clips all affect how records are arranged and mixed. For example, many streaming services adjust playback loudness, so an extremely loud master no longer plays back louder than everything else.

Staying current does not mean copying whatever is popular. It means knowing what is out there so that your choices are deliberate.

## Keeping up with music

- **Listen widely and actively**: set aside regular time for new releases, both in your genre and outside it.
- **Analyse, don''t just enjoy**: pick one track a week and note its tempo, structure, main instruments, vocal sound and what makes the chorus work.
- **Follow charts and playlists** in the genres you work in, and notice recurring production choices such as drum sounds, vocal effects or song lengths.
- **Look back too**: trends often revive older sounds, so knowing the history helps you recognise and use them well.

## Keeping up with technology

- **Read the manuals and update notes** for the tools you already own. Many producers use only a fraction of what their DAW can do.
- **Try new tools on purpose**: give yourself a small project, such as one song, for learning a new instrument or plugin properly.
- **Learn from others**: studio walkthroughs, interviews with producers and engineers, local meetups and online communities are all good sources of technique.
- **Beware of gear lust**: a new plugin will rarely fix a weak song or arrangement. Add something only when you can name what it will do for you.

## A simple routine

| How often | What to do |
|---|---|
| Weekly | Listen to new releases and analyse one track in detail |
| Monthly | Learn one feature or tool in your DAW properly |
| Every few months | Make one track in a style you do not usually work in |

Keep a notebook of ideas you hear: sounds, arrangement tricks, song structures. Over time it becomes a personal library of techniques you can offer artists.

## Key terms

- **Loudness normalisation**: a streaming service turning louder tracks down so songs play back at similar levels.
- **Workflow**: the sequence of steps and tools you use to get a job done.

## Try it

Choose a current song in a genre you like and analyse it: tempo, key (if you can work it out), song map, main instruments, vocal effects and anything distinctive. Then find a song in the same genre from at least ten years earlier and do the same. Write down three differences in production and decide whether each looks like a lasting change or a passing trend.',
     11, 4);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2145, 214, 'producer-career-paths', 'Where producers work and how careers develop',
     'The main places music producers find work, from studios and screen soundtracks to freelance and label roles, plus realistic first steps.',
'Music production is not one job with one way in. Producers work in different settings, and many combine several over a career. Knowing the options helps you decide what to aim for and which skills to build first.

## Where producers work

- **Recording studios**: producing artists'' records in commercial or project studios, occasionally as an in-house producer but more often booked project by project.
- **Film and television soundtracks**: producing music for the screen, which means working to picture, to a director''s brief and to tight deadlines, often alongside composers and music supervisors.
- **Freelance**: working on one project after another for different artists, setting your own rates and finding your own clients. This is a very common arrangement.
- **Record labels**: some producers are employed by, or closely tied to, a label, developing its artists and working on its releases.
- **Independently**: many producers run their own home or project studio, make and release their own music, or work for artists who come to them directly.

These are not separate boxes. A freelance producer might work on a TV project one month and a label release the next.

## Producer and engineer: two paths that cross

The music producer and sound engineer careers overlap more than their titles suggest. Both record and mix in a DAW, and on many projects one person does both jobs. The producer concentrates on the creative direction of the music and on the people making it; the engineer concentrates on capturing the sound and its technical quality. Many people start in one role and move into the other, or keep doing both. If the creative and people side excites you most, production may suit you; if you love equipment and solving technical problems, look at the engineering track as well.

## How careers usually start

There is no single route, but common first steps include:

- **Producing your own music**, to learn the whole process and build a portfolio.
- **Producing for friends and local artists**, often for little money at first, to gain experience and credits.
- **Assisting in a studio**, where you learn how sessions run from the inside and meet artists and engineers.
- **Courses and self-study** in theory, DAWs and recording, which speed up learning but do not replace real projects.

Reputation grows through finished work and word of mouth. Reliability, good communication and meeting deadlines matter as much as talent, because much of the work comes from people who enjoyed working with you before.

## A word on pay

Producer earnings vary widely with experience, reputation, location and the kind of work. The track page shows the pay figures the source article reported, with the source and the date they were recorded; treat them as a rough snapshot, not a promise.

## Key terms

- **Portfolio**: a collection of finished work that shows what you can do.
- **Freelance**: self-employed work for a series of different clients.
- **Working to picture**: creating or fitting music to finished video.

## Try it

Write a one-page career plan. List the five settings above and rank them by how much they appeal to you, with one reason for each. Then choose one realistic first project for the next three months, such as producing a single song for a local artist, and list the skills from this track you will need and the people you would contact.',
     12, 5);

INSERT INTO lesson_skill (lesson_id, skill_id) VALUES
    (2111, 105),
    (2111, 106),
    (2112, 105),
    (2112, 104),
    (2112, 106),
    (2113, 105),
    (2113, 102),
    (2113, 106),
    (2114, 105),
    (2114, 106),
    (2115, 106),
    (2115, 103),
    (2121, 104),
    (2122, 104),
    (2123, 104),
    (2123, 105),
    (2124, 104),
    (2124, 105),
    (2124, 102),
    (2125, 105),
    (2125, 102),
    (2131, 101),
    (2131, 103),
    (2131, 102),
    (2132, 103),
    (2132, 102),
    (2133, 106),
    (2133, 102),
    (2134, 103),
    (2134, 102),
    (2135, 103),
    (2135, 102),
    (2135, 106),
    (2141, 106),
    (2142, 106),
    (2142, 102),
    (2142, 105),
    (2143, 106),
    (2143, 103),
    (2144, 102),
    (2144, 103),
    (2145, 106);
