import type { RuleTexts } from '../rule-text';

/** What each point says in English, and why: keyed by rule id, so a missing or unknown id fails to compile. */
export const ruleTextEn: RuleTexts = {
  'ask-clot-risk-score': {
    point: 'Ask for your blood-clot risk score (the Caprini score) and your surgeon\'s plan to prevent clots.',
    why: 'The professional societies of plastic surgeons advise a proper clot-risk check for every patient before surgery.',
  },
  'ask-clot-prevention-plan': {
    point: 'Ask your surgeon to go through your clot-risk factors with you and to explain how they will prevent a clot, for example with early walking, compression and sometimes medicine.',
    why: 'You ticked at least one thing that raises the chance of a blood clot, and the prevention plan should match your level of risk.',
  },
  'age-clot-risk': {
    point: 'Ask how your age is counted in your blood-clot risk.',
    why: 'The chance of a blood clot after surgery goes up with age, so age is one of the things a clot-risk score counts.',
  },
  'ask-long-travel': {
    point: 'Ask your surgeon how far apart your surgery and any long trip should be.',
    why: 'Sitting still on a journey of more than about 4 hours raises the chance of a blood clot, and so does surgery.',
  },
  'tell-previous-clot': {
    point: 'Tell your surgeon about your earlier blood clot (DVT or pulmonary embolism), when it was and how it was treated.',
    why: 'Having had a clot before raises the chance of another one after surgery.',
  },
  'tell-family-clot': {
    point: 'Tell your surgeon which close relative had a blood clot.',
    why: 'A blood clot in a parent, brother, sister or child can point to a tendency to clot that runs in the family.',
  },
  'tell-clotting-disorder': {
    point: 'Tell your surgeon the name of your clotting disorder and who treats it.',
    why: 'A clotting disorder you were born with raises the chance of a blood clot after surgery.',
  },
  'tell-estrogen': {
    point: 'Tell your surgeon about the estrogen you take (birth-control pill, patch or ring, or hormone therapy for menopause), and ask whether to pause it rather than stopping it on your own.',
    why: 'Estrogen adds to clot risk, but surgeons do not all agree on pausing it, so the decision is one for your surgeon to make with you.',
  },
  'tell-recent-pregnancy': {
    point: 'Tell your surgeon about your recent pregnancy or birth, and when it was.',
    why: 'The chance of a blood clot is higher during pregnancy and for a while after a birth.',
  },
  'tell-pregnancy-losses': {
    point: 'Tell your surgeon about the pregnancies you lost.',
    why: 'Losing several pregnancies can be linked with a tendency to form blood clots.',
  },
  'tell-cancer': {
    point: 'Tell your surgeon about your cancer and any treatment for it.',
    why: 'Cancer and some cancer treatments raise the chance of a blood clot.',
  },
  'tell-nicotine': {
    point: 'Tell your surgeon about any smoking, vaping or other nicotine, and ask how long to go without it before and after surgery.',
    why: 'Nicotine slows wound healing, and surgeons commonly ask for 4 to 6 weeks without any nicotine before and after the operation.',
  },
  'bring-medicine-list': {
    point: 'Bring a list of every medicine, vitamin and supplement you take, with the doses.',
    why: 'Some medicines and supplements affect bleeding, clotting or anesthesia, so your surgeon needs the whole list to plan safely.',
  },
  'tell-alcohol': {
    point: 'Tell your surgeon how much alcohol you usually drink, and ask when to stop before surgery.',
    why: 'Alcohol can make you bleed more, and people are usually asked to stop drinking around 2 weeks before surgery.',
  },
  'tell-blood-thinner': {
    point: 'Tell your surgeon, and the doctor who prescribes it, about your blood thinner, and never stop it on your own.',
    why: 'Each blood thinner has its own stopping time, and some people need a short-acting replacement (a bridge) to stay safe.',
  },
  'tell-bleeding-medicines': {
    point: 'Tell your surgeon that you take aspirin, anti-inflammatory painkillers or vitamin E, and ask when to stop them.',
    why: 'These can make you bleed more, so people usually come off them around 2 weeks before surgery, if the doctor who advised them agrees.',
  },
  'tell-supplements': {
    point: 'Tell your surgeon about every supplement you take, such as fish oil, ginkgo, garlic, ginger or ginseng.',
    why: 'Some supplements, including these, can make you bleed more during and after surgery.',
  },
  'tell-other-prescribed': {
    point: 'Tell your surgeon about your other prescribed medicines, with their names and doses.',
    why: 'Your surgeon needs to check each medicine for effects on bleeding, healing or anesthesia before planning the operation.',
  },
  'tell-diabetes': {
    point: 'Tell your surgeon about your diabetes and bring your latest blood-sugar results.',
    why: 'Diabetes raises the chance of problems after plastic surgery, and surgeons often ask for good control of blood sugar first.',
  },
  'diabetes-control-check': {
    point: 'Ask the doctor who looks after your diabetes to check how well it is controlled, and to help you improve it, before you plan surgery.',
    why: 'Diabetes that is not well controlled raises the chance of problems after surgery, and surgeons often want good control first.',
  },
  'tell-earlier-leg-liposuction': {
    point: 'Tell your surgeon about your earlier liposuction on the legs: when it was, where and who did it.',
    why: 'An earlier operation changes the tissue under the skin, and your surgeon plans a second one around that.',
  },
  'tell-vein-treatment': {
    point: 'Tell your surgeon about any treatment you have had for your leg veins, and when.',
    why: 'Vein problems and their treatment can affect healing and swelling in the lower leg.',
  },
  'tell-other-leg-surgery': {
    point: 'Tell your surgeon about any other operations on your legs.',
    why: 'Earlier surgery can leave scars and changes under the skin that your surgeon needs to plan around.',
  },
  'lipedema-check': {
    point: 'Ask a doctor to check you in person for lipedema before any liposuction.',
    why: 'Lipedema is a medical condition that is easy to mistake for plain fat, and specialists treat it differently: often without surgery first, and with extra care for lymph vessels if they operate.',
  },
  'lymphedema-check': {
    point: 'Ask a doctor to check for lymphedema before any liposuction.',
    why: 'Swelling that reaches the foot and toes, or that is mostly in one leg, can be a sign of lymphedema, a problem with how fluid drains from the leg.',
  },
  'swelling-both-legs': {
    point: 'Ask a doctor what is making both your legs swell, before any liposuction.',
    why: 'Swelling in both legs can come from the heart, the kidneys or the liver, or from some medicines, such as some blood-pressure medicines.',
  },
  'swelling-with-organ-condition': {
    point: 'Ask the doctor who treats your heart, kidney or liver condition about the swelling in your legs.',
    why: 'When these organs are not working well, fluid can build up in both legs, and liposuction removes fat, not fluid.',
  },
  'swelling-with-blood-pressure-medicine': {
    point: 'Ask the doctor who prescribes your blood-pressure medicine whether it could be making your legs swell.',
    why: 'Some blood-pressure medicines can make both ankles swell, and that swelling can look like fat.',
  },
  'vein-assessment': {
    point: 'Ask for a check of your leg veins with an ultrasound scan (duplex ultrasound) before any liposuction.',
    why: 'Varicose or spider veins, brown staining, slow-healing sores and heavy, aching legs can be signs of vein disease, which liposuction of the lower leg can make worse.',
  },
  'tell-vein-signs': {
    point: 'Tell your surgeon about the vein signs you noticed and what a vein check found.',
    why: 'Problems with the veins or arteries make it more likely that cuts in the skin heal slowly.',
  },
  'tell-heart-kidney-liver': {
    point: 'Tell your surgeon and anesthesia team about your heart, kidney or liver condition.',
    why: 'These conditions can make the legs swell, and your surgeon needs to know how much of your leg size is fluid rather than fat.',
  },
  'expectations-unsure': {
    point: 'Ask your surgeon to show you typical results in lower legs like yours, not only the best ones.',
    why: 'Seeing realistic before-and-after photos of similar calves and ankles helps you judge what change to expect.',
  },
  'expectations-dramatic': {
    point: 'Ask your surgeon what change is realistic for your calves or ankles.',
    why: 'Lower-leg liposuction refines the shape rather than transforming it, because the muscle and bone underneath stay the same.',
  },
  'realistic-benefit': {
    point: 'Ask your surgeon what benefit you could expect, and how long it would last.',
    why: 'Fat cells that liposuction removes do not come back, and in skilled hands calf and ankle liposuction can give a lasting, natural-looking change in shape.',
  },
  'risks-to-ask-about': {
    point: 'Ask your surgeon how often these happen to their patients: infection, blood clots, numbness or nerve damage, lumps or dents, uneven legs, scars and changes in how the skin feels.',
    why: 'Lumps and dents (uneven contours) are the most common problem and may need more surgery, and nerve damage can be short-lived or permanent.',
  },
  'recovery-swelling': {
    point: 'Expect your lower legs to stay swollen for months, the ankles most of all.',
    why: 'Swelling lasts longest in the lower legs, so the final result can only be judged after about 6 months.',
  },
  'recovery-compression': {
    point: 'Ask your surgeon how long you will need to wear compression stockings or garments.',
    why: 'Compression is worn for weeks after lower-leg liposuction, and some surgeons ask for up to about 2 months.',
  },
  'recovery-walking': {
    point: 'Plan to get up and walk soon after surgery.',
    why: 'Walking early is encouraged because it keeps the blood moving in your legs and lowers the chance of a clot.',
  },
  'recovery-bruise-staining': {
    point: 'Ask your surgeon how long bruise marks on the lower legs usually take to fade.',
    why: 'Brownish marks left by bruising on the lower legs can take a long time to go, in some reports one to two years.',
  },
  'ask-time-off': {
    point: 'Ask your surgeon how much time off work or daily duties you will need.',
    why: 'Lower legs stay swollen for weeks to months and compression is worn for weeks, which can make long days on your feet hard.',
  },
  'plan-help-at-home': {
    point: 'Plan who could help you at home in the first days after surgery.',
    why: 'Your legs will be sore, swollen and wrapped at first while you still need to get up and walk, so help with chores and travel makes that easier.',
  },
  'talk-about-feelings': {
    point: 'Talk with your surgeon or your family doctor about how you feel about your legs, not only about the surgery.',
    why: 'About 1 in 10 people who seek cosmetic surgery have strong worries about their looks, and surgery on its own rarely eases worries like that.',
  },
  'no-surgery-is-an-option': {
    point: 'Remember that not having liposuction is always an option, and give yourself time to think before you book.',
    why: 'A cooling-off period after the consultation lets you weigh the benefit against the risks, the recovery and the cost without pressure.',
  },
  'ask-board-certification': {
    point: 'Ask whether your surgeon is certified by the American Board of Plastic Surgery.',
    why: 'It is one of the main US medical boards (the ABMS boards), and none of those boards is called a "cosmetic surgery" board.',
  },
  'ask-hospital-privileges': {
    point: 'Ask whether your surgeon is allowed to do liposuction in a hospital (hospital privileges), and ask to see this in writing.',
    why: 'Many doctors who offer liposuction learned it on a short course, which a hospital would not accept, so privileges show that someone has checked the surgeon\'s training.',
  },
  'ask-lower-leg-experience': {
    point: 'Ask how many calf or ankle liposuctions your surgeon does each year, and ask to see before-and-after photos of lower legs.',
    why: 'Experience with lower legs in particular is what counts, and photos of tummies or thighs do not show it.',
  },
  'ask-facility-accreditation': {
    point: 'Ask where the operation will take place, who accredits that place, and how you would get to a hospital in an emergency.',
    why: 'A place accredited by AAAASF, The Joint Commission or AAAHC has been inspected against safety standards, including having a plan for emergencies.',
  },
  'ask-anesthesia': {
    point: 'Ask who will give your anesthesia and which kind you will have.',
    why: 'This should be a board-certified anesthesiologist or a certified nurse anesthetist, and knowing the kind helps you get ready.',
  },
  'ask-complications-and-costs': {
    point: 'Ask how problems and repeat operations are handled and who pays for them, and ask for an itemized price.',
    why: 'A written price that lists every part, and says what happens if something needs fixing, helps you compare surgeons and avoid surprise bills.',
  },
  'ask-lymph-protection': {
    point: 'Ask how your surgeon protects the lymph vessels in your lower legs, such as which way they move the suction tube (cannula) and what size it is.',
    why: 'Suction along the length of the leg with a thin cannula harms fewer lymph vessels than suction across it, and damaged lymph vessels can leave swelling that lasts.',
  },
  'check-certification-before-booking': {
    point: 'Before you book, look up each surgeon you are thinking about on the certifying board\'s own website.',
    why: 'A check with the board itself takes a few minutes and is more reliable than what an advert or a clinic website says.',
  },
  'ask-which-board': {
    point: 'Ask which board certifies your surgeon, and check whether it is the American Board of Plastic Surgery.',
    why: 'Some boards have names that sound official, but none of the boards in the American Board of Medical Specialties is called a "cosmetic surgery" board.',
  },
  'ask-office-facility': {
    point: 'Ask whether the place where you would have surgery is accredited and licensed by the state, and what the written plan is for getting you to a hospital in an emergency.',
    why: 'Operating rooms in offices are not all inspected in the same way, so accreditation and a state license are how you know one meets safety standards.',
  },
  'ankle-size-changes': {
    point: 'Ask a doctor why your ankles change size during the day, before any liposuction.',
    why: 'Ankles that swell and go down again during the day are more likely holding fluid than fat, and liposuction removes fat, not fluid.',
  },
  'calf-muscle-or-fat': {
    point: 'Ask your surgeon how much of your calf size is muscle and how much is fat.',
    why: 'Liposuction takes away fat only, so it does not make a large calf muscle any smaller.',
  },
  'ask-calf-muscle-options': {
    point: 'Ask what other treatments exist for a large calf muscle, such as botulinum toxin injections or an operation on the muscle, and what their risks are.',
    why: 'Muscle needs a different kind of treatment from fat, and each option has its own trade-offs, for example botulinum toxin wears off after some months.',
  },
  'ankle-bone-and-tendon': {
    point: 'Ask your surgeon how much of your ankle width is fat, and how much is bone or tendon.',
    why: 'Liposuction cannot change width that comes from bone or tendon, only from fat.',
  },
  'legs-differ': {
    point: 'Ask your surgeon what makes your two legs look different, and how closely they can be matched.',
    why: 'Uneven legs after surgery (asymmetry) are a known risk, so it helps to know what is realistic before you start.',
  },
  'ask-lasting-swelling-and-numbness': {
    point: 'Ask your surgeon how likely lasting swelling and numbness are after calf or ankle liposuction.',
    why: 'There is little deep fat in the lower leg, so the work is done close to the skin, near lymph vessels and a skin nerve (the saphenous nerve) that can be harmed.',
  },
  'lower-leg-is-demanding': {
    point: 'Keep in mind that calf and ankle liposuction is one of the hardest kinds of liposuction to do well.',
    why: 'The lower leg leaves little room for error, and uneven contours there can be permanent.',
  },
  'ask-laser-evidence': {
    point: 'Ask your surgeon what reliable evidence shows that laser liposuction gives better results than the traditional kind.',
    why: 'The one blinded, randomized trial (25 patients) found no clear gain from laser except less pain, and later reviews that found more relied on studies at high risk of bias.',
  },
  'ask-laser-burns': {
    point: 'Ask how your surgeon prevents burns from the laser, and how often burns have happened in their patients.',
    why: 'The laser heats the tissue under the skin, so burns are a risk that comes with the laser itself.',
  },
  'ask-laser-price': {
    point: 'Ask for the price of laser and of traditional liposuction side by side.',
    why: 'Laser liposuction tends to cost more, even though there is no reliable evidence that it works better.',
  },
  'ask-energy-device-evidence': {
    point: 'Ask what evidence supports the ultrasound or radio-frequency device, and how your surgeon prevents burns and heat injury.',
    why: 'Devices that heat tissue can burn the skin or the layers beneath it, and their benefits over traditional liposuction are not reliably proven.',
  },
  'ask-which-technique': {
    point: 'Ask which technique your surgeon uses on calves and ankles, and why.',
    why: 'Knowing the method and the reason for it lets you weigh its evidence, its risks and its cost.',
  },
  'ask-why-this-device': {
    point: 'Ask your surgeon why they suggest this device for your legs, and whether they also offer traditional liposuction.',
    why: 'In the calves and ankles the result depends more on the surgeon\'s technique than on the technology, so the reason for the choice matters.',
  },
  'skin-tightening-claims': {
    point: 'Ask your surgeon what evidence shows that the device tightens skin.',
    why: 'Claims that laser or other heat devices tighten the skin have not been proven in reliable studies.',
  },
  'less-pain-with-laser': {
    point: 'Weigh the chance of less pain against the cost and the burn risk of laser.',
    why: 'The blinded trial did find that patients had less pain on the laser side, though it found no other clinical advantage.',
  },
  'faster-or-better-claims': {
    point: 'Ask your surgeon what evidence backs the promise of a faster recovery or a better result from the device.',
    why: 'Reviews that report such benefits rely on studies at high risk of bias, so the promise is not reliably proven.',
  },
  'ask-combined-procedures': {
    point: 'Ask whether having other procedures on the same day raises your risk, and whether to do them at different times.',
    why: 'In a large study, blood clots after liposuction alone were rare (about 6 in 10,000), but about 5 times as common when it was combined with other procedures.',
  },
  'skill-over-device': {
    point: 'Choose your surgeon for their skill with lower legs rather than for the machine they use.',
    why: 'Whatever the technique, results in the calves and ankles depend most on the surgeon\'s skill and experience with lower legs.',
  },
  'urgent-leg-clot-signs': {
    point: 'Get medical care today for a leg that has newly swollen and hurts. Do not wait for your consultation.',
    why: 'A leg that is newly swollen and also painful, warm or red can be a sign of a blood clot, which needs checking the same day.',
  },
  'urgent-breathless-chest-pain': {
    point: 'Call 911 or your local emergency number now.',
    why: 'Sudden shortness of breath or chest pain can mean a blood clot has reached the lungs, which is an emergency.',
  },
  'higher-bmi-weight-range': {
    point: 'Ask your surgeon what weight range they look for before calf or ankle liposuction.',
    why: 'Liposuction changes shape rather than weight, and many surgeons prefer a BMI below about 30 or a weight no more than about 30% above a healthy weight, though they differ.',
  },
  'tell-higher-bmi-clot-risk': {
    point: 'Tell your surgeon your height and weight, so they are counted in your blood-clot risk.',
    why: 'A higher body-mass index is one of the things that add to the chance of a blood clot after surgery.',
  },
  'weight-not-steady': {
    point: 'Ask your surgeon how long your weight should stay steady before surgery.',
    why: 'Surgeons commonly want your weight to have been steady for at least 6 months, and some ask for 12.',
  },
  'weight-change-planned': {
    point: 'Ask your surgeon whether to reach the weight you are aiming for before surgery.',
    why: 'Fat cells that are taken out do not come back, but weight gained later is stored in the fat that is left, often in other places, which can change the result and lead to touch-ups.',
  },
  'tell-weight-loss-medicine': {
    point: 'Tell your surgeon and anesthesia team about any weight-loss medicine such as semaglutide or tirzepatide, even if you stopped it or only plan to start.',
    why: 'These medicines slow down how fast the stomach empties, which matters for anesthesia, so you may be asked to pause them before surgery.',
  },
  'pregnant-now': {
    point: 'Ask your surgeon how long to wait after pregnancy and breastfeeding before planning surgery.',
    why: 'Planned cosmetic surgery waits until pregnancy and breastfeeding are over, and often for some months more.',
  },
  'pregnancy-later': {
    point: 'Ask your surgeon how a pregnancy after liposuction could change your result.',
    why: 'The weight and body changes that come with pregnancy can alter the shape that liposuction gave.',
  },
  'keep-weight-steady': {
    point: 'Think about how you would keep your weight steady after surgery.',
    why: 'The result lasts best with a steady weight, healthy eating and exercise, and touch-up procedures may still be needed.',
  },
};
